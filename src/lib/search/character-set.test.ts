import { describe, expect, it } from 'vitest';
import { CharacterSet } from './character-set.ts';

describe('CharacterSet', () => {
  it('holds what a Set of the characters holds, sorted the same way', () => {
    const texts = ['脫貧攻堅 2014年', '𠵾𠵾a\u200B', 'lone \ud800 and \udc00 surrogates', '', '脫貧'];
    const expected = new Set<string>();
    for (const text of texts) for (const char of text) expected.add(char);
    const set = new CharacterSet();
    for (const text of texts) set.add(text);
    expect(set.sorted()).toEqual([...expected].sort());
  });
});
