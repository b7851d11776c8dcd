import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown-escape.ts';

describe('escapeMarkdown', () => {
  it('escapes tildes so GFM does not strike text through', () => {
    expect(escapeMarkdown('每村按5万~10万元标准,提高到5万~8万元')).toBe('每村按5万\\~10万元标准,提高到5万\\~8万元');
  });

  it('escapes emphasis, code, link and HTML characters', () => {
    expect(escapeMarkdown('a*b_c`d[e]<f>|g\\h')).toBe('a\\*b\\_c\\`d\\[e\\]\\<f\\>\\|g\\\\h');
  });

  it('escapes block markers at the start only', () => {
    expect(escapeMarkdown('# 一')).toBe('\\# 一');
    expect(escapeMarkdown('- 一')).toBe('\\- 一');
    expect(escapeMarkdown('1. 一')).toBe('1\\. 一');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('第1. 2项 - 3')).toBe('第1. 2项 - 3');
  });

  it('leaves Chinese text and numbering that Markdown does not read alone', () => {
    const text = '1.健全领导体系。“1(全市脫貧攻堅方案)+99個”,2020年9月)';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes an ampersand only where it would start an entity', () => {
    expect(escapeMarkdown('A&B &amp; &#20013;')).toBe('A&B &amp;amp; &amp;#20013;');
  });
});
