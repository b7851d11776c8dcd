import { describe, expect, it } from 'vitest';
import { coveredUnits, regionHref, regionsWithContent, regionsWithPages } from './region-pages.ts';

const regions = [
  { id: '150000', level: 'province' as const, oldArea: [], history: [] },
  { id: '150400', level: 'prefecture' as const, parent: '150000', map: '150400', oldArea: [], history: [] },
  { id: '150429', level: 'county' as const, parent: '150400', map: '150400', oldArea: [{}], history: [] },
  { id: '150402', level: 'county' as const, parent: '150400', map: '150400', oldArea: [], history: [] },
  { id: '640000', level: 'province' as const, oldArea: [], history: [] },
  { id: '640300', level: 'prefecture' as const, parent: '640000', map: '640300', oldArea: [], history: [] },
  { id: '640324', level: 'county' as const, parent: '640300', map: '640300', oldArea: [], history: [] },
  { id: '130000', level: 'province' as const, oldArea: [], history: [] },
  { id: '130600', level: 'prefecture' as const, parent: '130000', map: '130600', oldArea: [], history: [] },
  { id: '130606', level: 'county' as const, parent: '130600', map: '130600', oldArea: [], history: [] },
  // A former district: its area is in 莲池区 now.
  { id: '130604', level: 'county' as const, parent: '130600', now: ['130606'], oldArea: [], history: [] },
  { id: '420000', level: 'province' as const, oldArea: [], history: [] },
  { id: '420100', level: 'prefecture' as const, parent: '420000', map: '420100', oldArea: [], history: [] },
];

describe('regionsWithPages', () => {
  it('gives a page to regions with content and to every region above them, not to empty ones', () => {
    const pages = regionsWithPages(regions, ['640324']);
    expect([...pages].sort()).toEqual(['150000', '150400', '150429', '640000', '640300', '640324']);
  });

  it('links only regions that have a page', () => {
    const href = regionHref(regionsWithPages(regions, []));
    expect(href('150429')).toBe('/regions/150429/');
    expect(href('150400')).toBe('/regions/150400/');
    expect(href('150402')).toBeUndefined();
    expect(href('640000')).toBeUndefined();
  });
});

describe('coveredUnits', () => {
  it('ships the unit of each county or prefecture with content, a former one by what covers it now', () => {
    const content = regionsWithContent(regions, ['640324', '130604', '420000']);
    expect(coveredUnits(regions, content)).toEqual(['130600', '150400', '640300']);
  });
});
