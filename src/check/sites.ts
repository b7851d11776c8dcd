import { readFile } from 'node:fs/promises';
import type { Problem } from '../lib/content/problem.ts';
import { codeStatus } from '../lib/regions/code-status.ts';
import { pointInGeometry } from '../lib/geo/point-in-polygon.ts';
import { shapesByCode } from '../lib/geo/topology.ts';
import { readUnitTopology } from '../loaders/geo.ts';
import type { Region } from '../schemas/region.ts';
import type { HeritageSite } from '../schemas/site.ts';

export interface SiteCheckInput {
  /** data/sites.json, already validated record by record against siteSchema. */
  sites: readonly HeritageSite[];
  sitesPath: string;
  regions: readonly Region[];
  reportSlugs: ReadonlySet<string>;
  /** The geo folder: a site must stand inside its region's shape in data/geo/<unit>.topo.json. */
  geoDir: string;
  rel: (path: string) => string;
}

/**
 * Checks what the schema cannot (readJsonArray refuses a repeated id): a county or prefecture
 * that exists, a report that exists, a placement note saying how an approximate point's
 * coordinates were obtained, a description of two to four sentences, and a point inside its own
 * region —
 * the usual sign of coordinates copied from a GCJ-02 map (高德, 腾讯), which sit hundreds of
 * metres off and near a border in the neighbouring county.
 */
export async function checkSites(input: SiteCheckInput): Promise<Problem[]> {
  const problems: Problem[] = [];
  const file = input.rel(input.sitesPath);
  const text = await readFile(input.sitesPath, 'utf8').catch(() => '');
  const lineOf = (id: string) => {
    const at = text.indexOf(`"id": "${id}"`);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
  };
  const regions = new Map(input.regions.map((region) => [region.id, region]));
  const shapeOf = (region: Region) => {
    const topology = region.map ? readUnitTopology(input.geoDir, region.map) : undefined;
    return topology ? shapesByCode(topology).get(region.id) : undefined;
  };
  for (const site of input.sites) {
    const line = lineOf(site.id);
    const add = (field: string, message: string, fix: string) => problems.push({ file: `${file} (${site.id})`, ...(line ? { line } : {}), field, message, fix });
    const status = codeStatus(site.region, regions);
    const region = regions.get(site.region);
    if (status.kind === 'unknown' || !region) {
      add('region', status.kind === 'unknown' ? status.problem.message : '', '填写遗址所在旗县区的六位代码 / use the six-digit code of the county it stands in');
    } else if (status.kind === 'former') {
      add('region', status.note.message, '遗址按今天的区划定位：改用今天的代码 / a site is placed in today’s division: use the current code');
    } else if (region.level === 'province') {
      add('region', `${region.name} 是省级地区，地图无法定位到县 / ${region.name} is a province`, '填写遗址所在旗县区（或地级市）的代码 / use the county (or prefecture) code');
    } else {
      const shape = shapeOf(region);
      if (shape && !pointInGeometry(site.coordinates, shape)) {
        add(
          'coordinates',
          `坐标 [${site.coordinates.join(', ')}] 不在${region.name}境内；若取自高德或腾讯地图，那是 GCJ-02 坐标 / the point lies outside ${region.name}; coordinates from AutoNavi or Tencent maps are GCJ-02`,
          '改用 WGS-84 坐标（经度在前），或核对地区代码 / use WGS-84 coordinates (longitude first), or check the region code',
        );
      }
    }
    if (site.source.report && !input.reportSlugs.has(site.source.report)) {
      add('source.report', `没有 slug 为 ${site.source.report} 的报告 / there is no report ${site.source.report}`, '填写 content/reports 中报告的文件名（不含 .md）/ use a report file name without .md');
    }
    if (site.precision === 'approximate' && !site.placement?.includes('坐标')) {
      add('placement', '大致位置须说明坐标如何得出 / an approximate point must say how it was placed', '在 placement 中写明，如“坐标取县城位置，为大致位置” / say so in placement, e.g. 坐标取县城位置');
    }
    const sentences = site.description.split(/[。！？]/).filter((part) => part.trim().length > 0).length;
    if (sentences < 2 || sentences > 4) {
      add('description', `简介有 ${sentences} 句，应为两到四句 / the description has ${sentences} sentence(s); write two to four`, '用自己的话写两到四句：是什么、何时、为何重要 / two to four sentences of your own: what, when, why it matters');
    }
  }
  return problems;
}
