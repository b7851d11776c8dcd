import { z } from 'zod';
import { adcode, slug } from './common.ts';

/** A year, or a period with start and end, that a figure refers to. */
export const period = z.union([
  z.number().int().min(1900).max(2100),
  z.object({
    /** First year (or YYYY-MM) of the period. */
    start: z.string().regex(/^\d{4}(-\d{2})?$/),
    /** Last year (or YYYY-MM) of the period; "截至2020年7月末" is end 2020-07. */
    end: z.string().regex(/^\d{4}(-\d{2})?$/),
  }),
]);

/** One fact stated in a report (data/figures/<report-slug>.json holds an array of these). */
export const figureSchema = z.object({
  /** Stable id, unique across the site, used as the table-row anchor (e.g. chifeng-poor-pop-2015). */
  id: slug,
  /** Indicator id from data/indicators.json. */
  indicator: slug,
  /** Region the figure is about, by GB/T 2260 code. */
  region: adcode,
  /** Year or period the figure refers to. */
  year: period,
  /** The value as a plain number in `unit` (25.66万人 → 256600). */
  value: z.number(),
  /** Unit of `value`; matches the indicator's unit. */
  unit: z.string().min(1),
  /** 约 / 余 / 多 / 超过 / 以上 as the report qualifies the number. */
  qualifier: z.enum(['exact', 'about', 'more-than', 'at-least']).default('exact'),
  /** The exact words of the report that state it; must stand in the report text. */
  quote: z.string().min(2),
  /** Slug of the report; filled from the file name when absent. */
  report: slug.optional(),
  /** Editor's note. */
  note: z.string().optional(),
});

export type Figure = z.infer<typeof figureSchema>;
