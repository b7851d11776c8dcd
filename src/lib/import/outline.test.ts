import { describe, expect, it } from 'vitest';
import { classifyLine } from './outline.ts';

const heading = (level: 2 | 3 | 4, guessed = false) => ({ kind: 'heading', level, guessed });
const paragraph = { kind: 'paragraph' };

describe('classifyLine', () => {
  it('turns 一、 into a level-2 heading', () => {
    expect(classifyLine('一、赤峰市革命老区基本情况')).toEqual(heading(2));
  });

  it('turns (一) and （一） into level-3 headings, with or without a trailing 、', () => {
    expect(classifyLine('(一)、把握脱贫攻坚中西部合作的5年,建立健全巩固拓展脱贫攻坚成果长效机制')).toEqual(
      heading(3),
    );
    expect(classifyLine('（二）创新扶贫模式')).toEqual(heading(3));
  });

  it('turns a short 1、 or 1. line standing alone into a level-4 heading', () => {
    expect(classifyLine('1、扶贫对象准')).toEqual(heading(4));
    expect(classifyLine('2.创新产业扶贫模式')).toEqual(heading(4));
  });

  it('keeps numbered paragraphs with a run-in lead as text', () => {
    expect(classifyLine('一、深入开展调查研究。呼和浩特市老区建设促进会成立十年来')).toEqual(paragraph);
    expect(classifyLine('1.健全领导体系。加强组织领导是打赢脱贫攻坚战的重要保证。')).toEqual(paragraph);
    expect(classifyLine('(一)健全组织领导体系。构建“省级统筹”的领导体系。')).toEqual(paragraph);
  });

  it('keeps 一是… leads as text even when short', () => {
    expect(classifyLine('一是黨委政府高度重視,在“準”字上下功夫。')).toEqual(paragraph);
  });

  it('does not read a decimal or a year as a number heading', () => {
    expect(classifyLine('2.5万户')).toEqual(paragraph);
    expect(classifyLine('2020年9月')).toEqual(paragraph);
  });

  it('guesses an unnumbered heading only in a document that indents its paragraphs', () => {
    const line = '创新机制合力攻坚 推动区域一体化发展';
    expect(classifyLine(line, { indented: false, documentIndents: true })).toEqual(heading(2, true));
    expect(classifyLine(line, { indented: true, documentIndents: true })).toEqual(paragraph);
    expect(classifyLine(line, { indented: false, documentIndents: false })).toEqual(paragraph);
  });
});
