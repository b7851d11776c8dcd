import { describe, expect, it } from 'vitest';
import { unlistedRegionsFlag } from './site-regions.ts';

describe('unlistedRegionsFlag', () => {
  it('names each code the national list lacks, where it lies, and where to look it up', () => {
    const flag = unlistedRegionsFlag(['610622', '150400'], new Set(['150400']), 'data/geo/gb2260.json', 8);
    expect(flag).toMatchObject({ kind: 'unlisted-region', outputLine: 8, snippet: '610622' });
    expect(flag?.zh).toContain('延川县 610622(陕西省延安市) 不在全国地区表 data/geo/gb2260.json 中,npm run check 会拒绝这些代码');
  });

  it('says nothing when the list has every code', () => {
    expect(unlistedRegionsFlag(['150400'], new Set(['150400']), 'data/geo/gb2260.json')).toBeUndefined();
  });
});
