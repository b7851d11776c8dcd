import { z } from 'zod';
import { slug } from './common.ts';

/** What a figure measures (data/indicators.json). */
export const indicatorSchema = z.object({
  /** URL-safe id, used in /data/<id>/ (e.g. poor-population). */
  id: slug,
  /** Chinese name as the reports use it (e.g. 建档立卡贫困人口). */
  name: z.string().min(1),
  /** English name. */
  nameEn: z.string().min(1),
  /** Unit every figure of this indicator is stored in (人, 户, %, 元, 万元 …). */
  unit: z.string().min(1),
  /** What exactly is counted, in Chinese. */
  definition: z.string().min(1),
  /** Kind of quantity, which decides how it is charted and formatted. */
  kind: z.enum(['count', 'rate', 'money', 'area', 'ratio']),
});

export type Indicator = z.infer<typeof indicatorSchema>;
