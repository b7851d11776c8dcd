/** The fields of a region that labels and links need. */
export interface RegionLabel {
  id: string;
  name: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string | undefined;
}

/** Looks up regions by code, falling back to the code itself so a page never shows a blank. */
export function regionNamer(regions: readonly RegionLabel[]) {
  const byCode = new Map(regions.map((region) => [region.id, region]));
  return {
    get: (code: string) => byCode.get(code),
    name: (code: string) => byCode.get(code)?.name ?? code,
    /** 内蒙古自治区 › 赤峰市 › 宁城县 */
    path(code: string): RegionLabel[] {
      const chain: RegionLabel[] = [];
      for (let region = byCode.get(code); region; region = region.parent ? byCode.get(region.parent) : undefined) {
        chain.unshift(region);
      }
      return chain;
    },
  };
}
