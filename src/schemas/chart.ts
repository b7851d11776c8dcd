import { z } from 'zod';
import { adcode, slug } from './common.ts';

/** Kinds of chart the reports need. */
export const chartKind = z.enum([
  /** One or more regions over the years. */
  'time-series',
  /** Each region's first and last value, before → after. */
  'slope',
  /** Regions compared, or the parts of a whole. */
  'bars',
  /** One small panel per series, on shared or, when values differ by far, independent scales. */
  'small-multiples',
]);

/**
 * A chart in data/charts.json: which figures it draws and how. Charts hold no numbers of their
 * own; they pick figures by id, or by indicator and regions so they fill in as figures are entered.
 */
export const chartSchema = z
  .object({
    /** Stable id: the chart's anchor and its embed page /embed/<id>/. */
    id: slug,
    /** How the figures are drawn. */
    kind: chartKind,
    /** Title in Chinese; derived from the indicator and regions when absent. Never a number. */
    title: z.string().min(1).optional(),
    /** The figures to draw, by id (figures or indicator, not both). */
    figures: z.array(slug).min(1).optional(),
    /** Or: every figure of this indicator … */
    indicator: slug.optional(),
    /** … in these regions (every region when absent). */
    regions: z.array(adcode).min(1).optional(),
    /** Short names by figure id, area id or region code (a region's label names the whole region only), where the name does not say what a bar or line is (资金来源). */
    labels: z.record(slug, z.string().min(1)).optional(),
    /** Id of a figure that is the whole the bars are parts of (赤峰 720.4亿元); named under the title. */
    total: slug.optional(),
    /** Small multiples: one y-scale for every panel, or one each; decided from the values when absent (and said under the title). */
    scales: z.enum(['shared', 'independent']).optional(),
    /** Bars: largest first (value, the default) or in the order listed (given). */
    sort: z.enum(['value', 'given']).optional(),
    /** Show on the home page, in file order. */
    home: z.boolean().default(false),
    /** Editor's note under the chart (what is counted, why regions differ). */
    note: z.string().min(1).optional(),
  })
  .refine((chart) => (chart.figures === undefined) !== (chart.indicator === undefined), {
    message: '须给出 figures（数字编号）或 indicator（指标），二者选一 / give either figures (ids) or indicator, not both',
    path: ['figures'],
  })
  .refine((chart) => chart.regions === undefined || chart.indicator !== undefined, {
    message: 'regions 只能与 indicator 一起用 / regions go with indicator',
    path: ['regions'],
  });

export type ChartSpec = z.infer<typeof chartSchema>;
export type ChartKindName = z.infer<typeof chartKind>;
