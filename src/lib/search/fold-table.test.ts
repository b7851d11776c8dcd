import { describe, expect, it } from 'vitest';
import { toSimplified } from '../script-convert.ts';
import { buildFoldTable } from './fold-table.ts';
import { foldToSimplified, readFoldTable } from './fold.ts';

describe('buildFoldTable', () => {
  const corpus = new Set([...'脱贫攻坚滩羊养殖易地搬迁干旱显著']);
  const data = buildFoldTable(corpus, toSimplified);
  const table = readFoldTable(data);

  it('folds a Traditional query to the Simplified text the site indexes', () => {
    expect(foldToSimplified('脫貧攻堅', table)).toBe('脱贫攻坚');
    expect(foldToSimplified('灘羊養殖', table)).toBe('滩羊养殖');
    expect(foldToSimplified('易地搬遷', table)).toBe('易地搬迁');
    expect(foldToSimplified('顯著', table)).toBe(toSimplified('顯著'));
  });

  it('keeps only what the corpus can match, so the table stays small', () => {
    expect(table.chars.has('貧')).toBe(true);
    expect(table.chars.has('鯨')).toBe(false); // 鲸 is on no page
    expect(data.chars.length).toBeLessThan(200);
  });
});
