import { z } from 'zod';
import { adcode, slug } from './common.ts';

/**
 * A named part of a region that figures are about (data/areas.json): 赤峰市的五个革命老区旗县区,
 * 盐池、同心、红寺堡集中连片贫困区. Defined once, so every figure of the part names it the same way
 * and a map never paints the whole region with a number about a part of it.
 */
export const areaSchema = z.strictObject({
  /** Stable id that figures give as `area` (e.g. chifeng-old-area-counties). */
  id: slug,
  /** The name as the reports word it, in full (e.g. 赤峰市五个革命老区旗县区). */
  name: z.string().min(2),
  /** The region the part lies in, by GB/T 2260 code (e.g. 150400 赤峰市). */
  region: adcode,
  /** The regions the part is made of (or lies in, see `partly`), where the reports name them; empty when they do not. */
  members: z.array(adcode).default([]),
  /** True when the part covers only pieces of its members (13 townships where three counties meet), not the members whole. */
  partly: z.boolean().default(false),
  /** What a reader needs to know of the part: how the report defines it, what it leaves out. */
  note: z.string().min(1).optional(),
});

export type Area = z.infer<typeof areaSchema>;
