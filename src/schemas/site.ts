import { z } from 'zod';
import { adcode, lonLat, slug, sourceRef } from './common.ts';

/** A red-heritage site (红色遗址) in data/sites.json. */
export const siteSchema = z.object({
  /** URL slug: /sites/<id>/. */
  id: slug,
  /** Name as commonly published. */
  name: z.string().min(1),
  /** Kind of site. */
  kind: z.enum(['旧址', '纪念馆', '烈士陵园', '纪念碑', '战役遗址', '故居', '其他']),
  /** Historical period(s) the site belongs to. */
  periods: z.array(z.enum(['土地革命战争', '抗日战争', '解放战争', '新中国'])).min(1),
  /** County (or prefecture) it stands in, GB/T 2260 code. */
  region: adcode,
  /** WGS-84 [longitude, latitude]. */
  coordinates: lonLat,
  /** How exact the coordinates are: the site itself, or only its town or village. */
  precision: z.enum(['exact', 'approximate']),
  /** Protection level where known (全国重点文物保护单位 …). */
  protection: z.string().min(1).optional(),
  /** Two to four sentences, in this site's own words. */
  description: z.string().min(1),
  /** Where the facts and the placement come from. */
  source: sourceRef,
  /**
   * How the coordinates were obtained (e.g. 坐标取县城位置，为大致位置), shown beside the map so a
   * reader knows how far to trust the point.
   */
  placement: z.string().min(1).optional(),
  /**
   * Other names a report may use for the site (e.g. 冀察热辽中央分局); a report whose text holds
   * the name or an alias links to the site.
   */
  aliases: z.array(z.string().min(2)).optional(),
});

export type HeritageSite = z.infer<typeof siteSchema>;
