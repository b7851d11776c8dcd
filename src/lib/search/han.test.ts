import { describe, expect, it } from 'vitest';
import { breakHan, isHan, spaceHan, ZWSP } from './han.ts';

describe('breakHan', () => {
  it('separates adjacent Han characters and leaves numbers, Latin and punctuation whole', () => {
    expect(breakHan('2014年建档立卡，APP').text).toBe(`2014年${ZWSP}建${ZWSP}档${ZWSP}立${ZWSP}卡，APP`);
  });
  it('breaks at the join with a preceding text node that ended in Han', () => {
    expect(breakHan('贫攻坚', true)).toEqual({ text: `${ZWSP}贫${ZWSP}攻${ZWSP}坚`, endsWithHan: true });
    expect(breakHan('贫。', false)).toEqual({ text: '贫。', endsWithHan: false });
  });
  it('breaks between Han characters outside the basic block, and keeps the state across an empty piece', () => {
    expect(breakHan('𠵾𠵾a𠵾', true)).toEqual({ text: `${ZWSP}𠵾${ZWSP}𠵾a𠵾`, endsWithHan: true });
    expect(breakHan('', true)).toEqual({ text: '', endsWithHan: true });
    expect(breakHan('a', true)).toEqual({ text: 'a', endsWithHan: false });
  });
  it('counts characters outside the basic block as Han', () => {
    expect(isHan('𠵾')).toBe(true);
    expect(isHan('、')).toBe(false);
  });
});

describe('spaceHan', () => {
  it('spaces Han characters for a per-character lookup', () => {
    expect(spaceHan('易地搬迁 2020年')).toBe('易 地 搬 迁 2020年');
  });
});
