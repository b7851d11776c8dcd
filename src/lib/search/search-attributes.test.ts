import { describe, expect, it } from 'vitest';
import { readCaptures } from './capture.ts';
import { regionFacetNames, searchAttributes } from './search-attributes.ts';

describe('searchAttributes', () => {
  it('gives Pagefind every facet of a report through attribute captures', () => {
    const attributes = searchAttributes({ type: '报告', publisher: '赤峰市老促会', regions: ['赤峰市', '宁城县'], date: '2021-07-26' });
    const read = (name: string) => attributes[name];
    expect(readCaptures(attributes['data-pagefind-filter']!, read, () => '')).toEqual([
      ['type', '报告'],
      ['publisher', '赤峰市老促会'],
      ['region', '赤峰市'],
      ['region', '宁城县'],
      ['year', '2021'],
    ]);
    expect(readCaptures(attributes['data-pagefind-meta']!, read, () => '')).toEqual([['publisher', '赤峰市老促会']]);
    expect(readCaptures(attributes['data-pagefind-sort']!, read, () => '')).toEqual([['date', '2021-07-26']]);
  });

  it('keeps a publisher with commas whole and works without optional facts', () => {
    const attributes = searchAttributes({ type: '地区', publisher: '中共阜新市委, 阜新市人民政府' });
    expect(readCaptures(attributes['data-pagefind-filter']!, (n) => attributes[n], () => '')).toEqual([
      ['type', '地区'],
      ['publisher', '中共阜新市委, 阜新市人民政府'],
    ]);
    expect(attributes['data-pagefind-sort']).toBeUndefined();
    expect(searchAttributes({ type: '遗址' })['data-pagefind-meta']).toBeUndefined();
  });
});

describe('regionFacetNames', () => {
  const names: Record<string, string> = { '130000': '河北省', '130600': '保定市', '130624': '阜平县', '150400': '赤峰市', '150429': '宁城县' };
  const nameOf = (code: string) => names[code] ?? code;
  it('adds the prefecture of each county and leaves out provinces and unknown codes', () => {
    expect(regionFacetNames(['130000', '130624', '150429', '150400', '999999'], nameOf)).toEqual(['保定市', '阜平县', '赤峰市', '宁城县']);
  });
});
