import { z } from 'zod';
import { adcode, refuseImpossibleDate, slug } from './common.ts';

/**
 * A calendar date at the precision the report gives it: a year (2015), a month (2020-07) or a
 * day (2020-07-31). Months run 1–12 and days exist in their month.
 */
export const reportedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期写作 YYYY、YYYY-MM 或 YYYY-MM-DD / a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine(refuseImpossibleDate);

/** "截至2015年底" — the state at one moment: what a stock or a rate is read at. */
export const timePoint = z.strictObject({
  /** The moment, as precisely as the report gives it ("截至2020年7月末" → 2020-07). */
  at: reportedDate,
});

/**
 * "2016年至2019年", "2014年以来" — a stretch of time over which a flow or a cumulative total
 * accrues. A cumulative total whose start the report does not give has `start: null`: unknown,
 * never invented.
 */
export const timePeriod = z.strictObject({
  /** First year, month or day of the period; null when the report does not say since when. */
  start: reportedDate.nullable(),
  /** Last year, month or day of the period. */
  end: reportedDate,
});

/**
 * When a figure holds. "unknown" is an editor's answer (the report gives no time); it is never a
 * default. A missing time is a question the check asks.
 */
export const figureTime = z.union([timePoint, timePeriod, z.literal('unknown')], {
  error: (issue) =>
    issue.input === undefined || issue.input === null || typeof issue.input !== 'object'
      ? '时间须写明：时点 { "at": "2015" }，时期 { "start": "2016", "end": "2019" }（起点未载明写 null），报告未写时间则写 "unknown"——请对照原文判断，不要默认为报告年份 / ' +
        'give the time: a point { "at": "2015" }, a period { "start": "2016", "end": "2019" } (start null when unknown), or "unknown" when the report gives none — never the report\'s year by default'
      : undefined,
});

/**
 * What kind of quantity the number is: a level at a moment (poor population at end-2015, a loan
 * balance), what happened within a period (money invested in 2016), a running total since a start
 * (累计), or a share or incidence.
 */
export const figureMeasure = z.enum(['stock', 'flow', 'cumulative', 'rate']);

/** Whether the number reports what happened, what was expected or aimed at, or work merely begun. */
export const figureStatus = z.enum(['actual', 'projection', 'target', 'started']);

/** A number with its qualifier as the report words it: 约 → about, 余/多 → more-than, 以上 → at-least. */
export const figureQualifier = z.enum(['exact', 'about', 'more-than', 'at-least']);

/** Numbers must be exact in a double, or a CSV round trip would change them. */
const exactNumber = z
  .number()
  .refine((n) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER, '数值超出可精确表示的范围 / the value is beyond the exactly representable range');

/** "增收500—2000元": both ends as the report states them. */
export const valueRange = z.strictObject({
  /** The low end. */
  low: exactNumber,
  /** The high end. */
  high: exactNumber,
});

/** The same fact stated in another report on this site, with the words it uses. */
export const otherSource = z.strictObject({
  /** Slug of the other report. */
  report: slug,
  /** The exact words of that report that state the same value. */
  quote: z.string().min(2),
});

/** One fact stated in a report (data/figures/<report-slug>.json holds an array of these). */
export const figureSchema = z.strictObject({
  /** Stable id, unique across the site, used as the table-row anchor (e.g. chifeng-poor-population-2015). */
  id: slug,
  /** Indicator id from data/indicators.json: what is measured. */
  indicator: slug,
  /** Region the figure is about (or the region the part in `area` lies in), by GB/T 2260 code. */
  region: adcode,
  /** "whole": the region itself. "part": a named part of it (its old-area counties, a contiguous poor area), given in `area`. */
  scope: z.enum(['whole', 'part']),
  /** For a part: the id of the named area in data/areas.json that the figure covers. */
  area: slug.optional(),
  /** When the figure holds: { "at": … }, { "start": …, "end": … } or "unknown". */
  time: figureTime,
  /** stock (a level at a moment), flow (within a period), cumulative (累计 since a start) or rate. */
  measure: figureMeasure,
  /** actual, projection (预计), target (目标, 力争) or started (启动, 开工). */
  status: figureStatus,
  /** The value as a plain number in `unit` (25.66万人 → 256600), or a { low, high } range. */
  value: z.union([exactNumber, valueRange]),
  /** Unit of `value`; matches the indicator's unit. */
  unit: z.string().min(1),
  /** 约 / 余 / 多 / 超过 / 以上 as the report qualifies the number. */
  qualifier: figureQualifier.default('exact'),
  /** The exact words of the report that state it; must stand in the report text. */
  quote: z.string().min(2),
  /** Other reports on this site that state the same fact: one figure, several sources, so a sum counts it once. */
  alsoIn: z.array(otherSource).optional(),
  /** Id of a figure this one is a part of (其中 …); the check adds the parts up. */
  partOf: slug.optional(),
  /** On a whole: "all" when the report lists every part, so the parts must add up to it; "some" (the default) when it lists a few. */
  parts: z.enum(['all', 'some']).optional(),
  /** For a rate: the figures it is the share of, so the check can recompute it (part ÷ whole). */
  shareOf: z.strictObject({ part: slug, whole: slug }).optional(),
  /** Slug of the report; filled from the file name when absent. */
  report: slug.optional(),
  /** Editor's note: what a reader must know to read the number right. Shown wherever the number is. */
  note: z.string().min(1).optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureTime = z.infer<typeof figureTime>;
export type FigureMeasure = z.infer<typeof figureMeasure>;
export type FigureStatus = z.infer<typeof figureStatus>;
export type FigureValue = Figure['value'];
export type Qualifier = z.infer<typeof figureQualifier>;
