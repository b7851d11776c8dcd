import { describe, expect, it } from 'vitest';
import { facetValues, keyOf, sortNewestFirst } from './report-facets.ts';

describe('sortNewestFirst', () => {
  it('puts the newest date first and a month-only date before the days of an earlier month', () => {
    const sorted = sortNewestFirst([
      { slug: 'a', date: '2016-12-25' },
      { slug: 'b', date: '2020-09' },
      { slug: 'c', date: '2020-11-16' },
    ]);
    expect(sorted.map((r) => r.slug)).toEqual(['c', 'b', 'a']);
  });
});

describe('facetValues', () => {
  it('counts each report once per value and orders by count', () => {
    const values = facetValues([['150400', '150429'], ['150400'], ['210900', '210900']], 'r');
    expect(values).toEqual([
      { key: 'r0', label: '150400', count: 2 },
      { key: 'r1', label: '150429', count: 1 },
      { key: 'r2', label: '210900', count: 1 },
    ]);
    expect(keyOf(values, '210900')).toBe('r2');
  });
});
