import { describe, expect, it } from 'vitest';
import { layOutBody } from './body.ts';
import type { BodyLine } from './page.ts';

const line = (n: number, text: string, extra: Partial<BodyLine> = {}): BodyLine => ({
  n,
  text,
  indented: false,
  caption: false,
  ...extra,
});

describe('layOutBody', () => {
  it('writes headings, paragraphs and captions', () => {
    const blocks = layOutBody([
      line(10, '面貌一新的红川村', { caption: true }),
      line(12, '一、主要舉措和亮點'),
      line(14, '每村按5万~10万元标准。'),
    ]);
    expect(blocks.map((b) => b.markdown)).toEqual(['*面貌一新的红川村*', '## 一、主要舉措和亮點', '每村按5万\\~10万元标准。']);
    expect(blocks.map((b) => b.sourceLine)).toEqual([10, 12, 14]);
  });

  it('flags captions and damage on the line they come from', () => {
    const blocks = layOutBody([line(10, '红川村', { caption: true }), line(18, '20156月,習近平總書記在貴州省調研。')]);
    expect(blocks[0]?.flags.map((f) => [f.kind, f.sourceLine])).toEqual([['caption', 10]]);
    expect(blocks[1]?.flags.map((f) => [f.kind, f.sourceLine])).toEqual([['lost-year', 18]]);
  });

  it('guesses unnumbered headings in an indented document and flags the guess', () => {
    const blocks = layOutBody([
      line(12, '盐池县、同心县、红寺堡区交界处集中连片区域。', { indented: true }),
      line(14, '创新机制合力攻坚 推动区域一体化发展'),
      line(16, '拧成“一股绳”,合力强保障。', { indented: true }),
    ]);
    expect(blocks[1]?.markdown).toBe('## 创新机制合力攻坚 推动区域一体化发展');
    expect(blocks[1]?.flags.map((f) => f.kind)).toEqual(['guessed-heading']);
  });
});
