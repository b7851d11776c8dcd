import { describe, expect, it } from 'vitest';
import { cutUnits, exactQueries, parseQuery, pieceOf, rankingQuery } from './query.ts';

const fold = (text: string) => text.replace(/脫/g, '脱').replace(/貧/g, '贫').replace(/著/g, '着');

describe('parseQuery', () => {
  it('splits on spaces, drops quotes and repeated words, and folds each word', () => {
    expect(parseQuery(' "脫貧"  阜平 脱贫 ', fold)).toEqual([
      { typed: '脫貧', folded: '脱贫' },
      { typed: '阜平', folded: '阜平' },
    ]);
  });
  it('treats Chinese punctuation as a space', () => {
    expect(parseQuery('脱贫，攻坚（阜平）', fold).map((p) => p.folded)).toEqual(['脱贫', '攻坚', '阜平']);
  });
  it('keeps a typed form only where a page could hold it', () => {
    const parts = parseQuery('显著 脫貧', fold, (text) => !text.includes('脫'));
    expect(parts).toEqual([
      { typed: '显著', folded: '显着' },
      { typed: '脫貧', folded: '脱贫', typedIndexable: false },
    ]);
    expect(exactQueries(parts[1]!)).toEqual(['"脱 贫"']);
  });
});

describe('exactQueries', () => {
  it('quotes the folded form and, when it differs, the typed form, one character per word', () => {
    expect(exactQueries({ typed: '显著', folded: '显着' })).toEqual(['"显 着"', '"显 著"']);
    expect(exactQueries({ typed: '滩羊', folded: '滩羊' })).toEqual(['"滩 羊"']);
  });
});

describe('rankingQuery', () => {
  it('lists every character of every word', () => {
    expect(rankingQuery(parseQuery('贫困发生率 阜新', fold))).toBe('贫 困 发 生 率 阜 新');
  });
});

describe('cutUnits and pieceOf', () => {
  it('cuts Han text into characters and keeps numbers and Latin words whole', () => {
    expect(cutUnits('2020年脱贫APP')).toEqual(['2020', '年', '脱', '贫', 'APP']);
  });
  it('takes the same piece of the typed and the folded form', () => {
    expect(pieceOf({ typed: '易地扶貧搬遷', folded: '易地扶贫搬迁' }, 2, 4)).toEqual({ typed: '扶貧', folded: '扶贫' });
  });
});
