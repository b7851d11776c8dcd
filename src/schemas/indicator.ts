import { z } from 'zod';
import { figureMeasure } from './figure.ts';
import { slug } from './common.ts';

/** What a figure measures (data/indicators.json). */
export const indicatorSchema = z.strictObject({
  /** URL-safe id, used in /data/<id>/ (e.g. poor-population). */
  id: slug,
  /** Chinese name as the reports use it (e.g. 建档立卡贫困人口). */
  name: z.string().min(1),
  /** English name. */
  nameEn: z.string().min(1),
  /** Unit every figure of this indicator is stored in (人, 户, %, 元, 人次 …). */
  unit: z.string().min(1),
  /** What exactly is counted, in Chinese: tight enough that two editors file the same number the same way. */
  definition: z.string().min(1),
  /** What it does not count, and which indicator takes that instead. */
  excludes: z.string().min(1),
  /** Kind of quantity, which decides how it is charted and formatted. */
  kind: z.enum(['count', 'rate', 'money', 'area', 'ratio']),
  /**
   * The measures its figures may have, the usual one first (`npm run figures` proposes it): a
   * poor population is a stock, money lent may be a flow or a running total, never a balance.
   */
  measures: z.array(figureMeasure).min(1),
  /** Words near a number that suggest this indicator, for `npm run figures` (a guess an editor checks). */
  keywords: z.array(z.string().min(1)).default([]),
});

export type Indicator = z.infer<typeof indicatorSchema>;
