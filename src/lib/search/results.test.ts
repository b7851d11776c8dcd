import { describe, expect, it } from 'vitest';
import { applySelection, facetCounts, intersect, orderByDate, orderByRank, readState, writeState } from './results.ts';
import type { SearchSiteData } from './site-data.ts';

const data: SearchSiteData = {
  version: 2,
  shards: ['site/'],
  fold: { chars: '', phrases: [], kept: '' },
  facets: { type: ['报告', '地区'], region: ['保定市', '阜平县', '阜新市'], year: ['2020', '2016'] },
  pages: {
    baoding: { u: '/b/', t: 'B', f: { type: [0], region: [0, 1], year: [1] }, d: '2016-12-25' },
    fuxin: { u: '/f/', t: 'F', f: { type: [0], region: [2], year: [0] }, d: '2020-11-16' },
    fuxinWork: { u: '/w/', t: 'W', f: { type: [0], region: [2], year: [0] }, d: '2020-09' },
    fuping: { u: '/p/', t: 'P', f: { type: [1], region: [0, 1] } },
  },
};

describe('intersect and order', () => {
  it('keeps pages holding every word, in relevance order, unranked last', () => {
    const found = intersect([new Set(['fuxin', 'baoding', 'fuping']), new Set(['baoding', 'fuping'])]);
    expect(orderByRank(found, ['fuping', 'fuxin'])).toEqual(['fuping', 'baoding']);
  });
  it('sorts newest first with month-only dates in place and undated pages last', () => {
    expect(orderByDate(['baoding', 'fuping', 'fuxinWork', 'fuxin'], data)).toEqual(['fuxin', 'fuxinWork', 'baoding', 'fuping']);
  });
});

describe('facets', () => {
  const ids = ['baoding', 'fuxin', 'fuxinWork', 'fuping'];
  it('narrows across facets and widens within one', () => {
    expect(applySelection(ids, { type: ['报告'], region: ['保定市', '阜新市'] }, data)).toEqual(['baoding', 'fuxin', 'fuxinWork']);
    expect(applySelection(ids, { type: ['地区'], year: ['2020'] }, data)).toEqual([]);
  });
  it('counts each value with the other facets applied, keeping ticked values', () => {
    const counts = facetCounts(ids, { region: ['阜平县'] }, data);
    expect(counts['type']).toEqual([
      { value: '报告', count: 1, selected: false },
      { value: '地区', count: 1, selected: false },
    ]);
    expect(counts['region']?.map((v) => `${v.value}${v.count}${v.selected ? '✓' : ''}`)).toEqual(['保定市2', '阜平县2✓', '阜新市2']);
  });
});

describe('URL state', () => {
  it('round-trips query, facets and sort', () => {
    const state = { q: '脱贫', selection: { region: ['保定市', '阜平县'] }, sort: 'date' as const };
    const text = writeState(state);
    expect(text).toBe('?q=%E8%84%B1%E8%B4%AB&region=%E4%BF%9D%E5%AE%9A%E5%B8%82&region=%E9%98%9C%E5%B9%B3%E5%8E%BF&sort=date');
    expect(readState(new URLSearchParams(text), ['type', 'region'])).toEqual(state);
  });
  it('drops an empty query and unknown facets', () => {
    expect(writeState({ q: '  ', selection: {}, sort: 'relevance' })).toBe('');
    expect(readState(new URLSearchParams('?evil=1&q=阜平'), ['type'])).toEqual({ q: '阜平', selection: {}, sort: 'relevance' });
  });
});
