import { describe, expect, it } from 'vitest';
import { unlistedRegionsFlag } from './site-regions.ts';

describe('unlistedRegionsFlag', () => {
  it('names each code the site does not list, where it lies, and the file to add it to', () => {
    const flag = unlistedRegionsFlag(['610622', '150400'], new Set(['150400']), 'data/regions.json', 8);
    expect(flag).toMatchObject({ kind: 'unlisted-region', outputLine: 8, snippet: '610622' });
    expect(flag?.zh).toBe(
      '延川县 610622(陕西省延安市) 尚未列入 data/regions.json,npm run check 会拒绝这些代码。请先在 data/regions.json 中加入这些地区(id、name、shortName、level、parent),或从 regions 中删去。',
    );
  });

  it('says nothing when the site lists every code', () => {
    expect(unlistedRegionsFlag(['150400'], new Set(['150400']), 'data/regions.json')).toBeUndefined();
  });
});
