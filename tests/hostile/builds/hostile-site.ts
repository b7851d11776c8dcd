import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../../fixture-site.ts';

/**
 * The real content and data, plus inputs the site must carry without harm: what a copied page,
 * a careless editor or a hostile one can put in a file that the check lets through.
 */
export const HOSTILE_SLUG = 'zz-hostile-traditional';
/** Runs code if any page lets it run as HTML. */
export const PAYLOAD = '<img src=x onerror="window.pwned=1">';
export const HOSTILE_PREFECTURE = `${PAYLOAD}赤峰市`;
export const HOSTILE_SITE_NAME = `${PAYLOAD}紀念館`;
export const HOSTILE_SUMMARY = `${PAYLOAD} 摘要 &amp; 「引號」`;
/** Five zero-width spaces inside 脫貧, and other invisible runs: the search index once failed on them. */
export const INVISIBLE_WORD = `脫${'\u200B'.repeat(5)}貧`;

export function hostileReport(): string {
  return `---
title: "帶有看不見字元的繁體報告"
date: "2021-03-01"
publisher: "測試單位"
regions: ["150400"]
script: "zh-Hant"
source:
  name: "測試"
  url: "https://example.org/report"
summary: ${JSON.stringify(HOSTILE_SUMMARY)}
---
赤峰市${INVISIBLE_WORD}攻堅成效顯著[^1]，農牧民收入持續增長。

軟\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD連\u200C\u200D\u2060\u200C\u200D字元也不應讓索引失敗[^note]。

![外站圖片](https://evil.example/tracker.png)

<img src="//evil.example/pixel.gif" alt="外站像素"><picture><source srcset="https://evil.example/big.png 2x"><img src="/favicon.svg" alt="本站圖示"></picture>

[^1]: 第一條注釋。
[^note]: 第二條注釋。
`;
}

/** Copies content and data into `work` with the hostile additions; returns the environment that builds it. */
export function writeHostileSite(work: string): { LAOQU_REPORTS: string; LAOQU_DATA: string; LAOQU_GEO: string } {
  const reports = join(work, 'reports');
  const data = join(work, 'data');
  const geo = join(work, 'geo');
  cpSync(fixture.reports, reports, { recursive: true });
  cpSync(fixture.data, data, { recursive: true });
  cpSync(fixture.geo, geo, { recursive: true });
  writeFileSync(join(reports, `${HOSTILE_SLUG}.md`), hostileReport());

  // The outline of 赤峰市 on the /sites/ overview map takes its label from this name.
  const outlinesPath = join(geo, 'outlines.topo.json');
  const outlines = JSON.parse(readFileSync(outlinesPath, 'utf8')) as { objects: Record<string, { geometries: { id?: string; properties?: { name?: string } }[] }> };
  const chifeng = outlines.objects['units']!.geometries.find((g) => String(g.id) === '150400')!;
  chifeng.properties = { ...chifeng.properties, name: HOSTILE_PREFECTURE };
  writeFileSync(outlinesPath, JSON.stringify(outlines));

  const sitesPath = join(data, 'sites.json');
  const sites = JSON.parse(readFileSync(sitesPath, 'utf8')) as { name: string; region: string }[];
  const chifengSite = sites.find((site) => site.region.startsWith('1504'))!;
  chifengSite.name = HOSTILE_SITE_NAME;
  writeFileSync(sitesPath, JSON.stringify(sites, null, 2));
  return { LAOQU_REPORTS: reports, LAOQU_DATA: data, LAOQU_GEO: geo };
}
