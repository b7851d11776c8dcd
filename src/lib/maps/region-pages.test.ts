import { describe, expect, it } from 'vitest';
import { regionHref, regionsWithPages } from './region-pages.ts';

const regions = [
  { id: '150000', level: 'province' as const, oldArea: [], history: [] },
  { id: '150400', level: 'prefecture' as const, parent: '150000', oldArea: [], history: [] },
  { id: '150429', level: 'county' as const, parent: '150400', oldArea: [{}], history: [] },
  { id: '150402', level: 'county' as const, parent: '150400', oldArea: [], history: [] },
  { id: '640300', level: 'prefecture' as const, parent: '640000', oldArea: [], history: [] },
  { id: '640324', level: 'county' as const, parent: '640300', oldArea: [], history: [] },
];

describe('regionsWithPages', () => {
  it('gives a page to regions with content and to the prefecture above them, not to empty ones', () => {
    const pages = regionsWithPages(regions, ['640324']);
    expect([...pages].sort()).toEqual(['150400', '150429', '640300', '640324']);
  });

  it('links only regions that have a page', () => {
    const href = regionHref(regionsWithPages(regions, []));
    expect(href('150429')).toBe('/regions/150429/');
    expect(href('150402')).toBeUndefined();
    expect(href('150000')).toBeUndefined();
  });
});
