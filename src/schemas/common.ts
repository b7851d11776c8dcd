import { z } from 'zod';

/** A GB/T 2260 administrative division code: six digits, e.g. 150429 for 宁城县. */
export const adcode = z
  .string()
  .regex(/^\d{6}$/, '行政区划代码应为六位数字 / an adcode is six digits, e.g. "150429"');

/**
 * A calendar date as the source prints it: a full day (2021-07-26) or a month (2020-09), and one
 * that exists: month 1-12, a day the month has, a year from 1900 to 2100. The importer writes
 * 0000-00 where it found no date; that placeholder must be replaced, never published.
 * YAML may hand us a Date object for an unquoted day; we keep the string form either way.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}(-\d{2})?$/,
      '日期应写作 YYYY-MM-DD 或 YYYY-MM / a date is YYYY-MM-DD or YYYY-MM',
    )
    .superRefine(refuseImpossibleDate),
);

/** A zod refinement: the date names a real year (1900–2100), month and day, or says why not. */
export function refuseImpossibleDate(date: string, context: z.RefinementCtx): void {
  const problem = impossibleDate(date);
  if (problem) context.addIssue({ code: 'custom', message: problem });
}

/** Why a YYYY-MM(-DD) string names no real day or month, or undefined when it does. */
export function impossibleDate(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  if (/^0000-00/.test(date)) {
    return '日期还是导入时的占位 0000-00 / the date is still the importer\'s placeholder 0000-00: write the date the report was published';
  }
  if (year < 1900 || year > 2100) return `年份 ${year} 不在 1900—2100 之间 / the year ${year} is not between 1900 and 2100`;
  if (month < 1 || month > 12) return `月份 ${month} 不存在，应为 01—12 / there is no month ${month}: write 01 to 12`;
  if (day === undefined) return undefined;
  // Day 0 of the next month is the last day of this one; UTC, so no time zone moves it.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${year}年${month}月没有${day}日（该月共 ${days} 天） / the day ${date} does not exist: that month has ${days} days`;
  return undefined;
}

/**
 * A web address readers may follow: http or https only. javascript:, data: and other schemes run
 * code or open other programs when clicked, wherever the site is served without our CSP.
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: '网址须以 http:// 或 https:// 开头，写出完整地址 / a URL must start with http:// or https://, written in full',
});

/** Lower-case ASCII letters and digits in hyphen-separated runs: what a URL path segment may be. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug that is safe in a URL path: lower-case ASCII letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'slug 只能含小写字母、数字和连字符 / a slug holds only a-z, 0-9 and hyphens',
  );

/** WGS-84 longitude and latitude in decimal degrees, as [longitude, latitude]. */
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** Where a fact was taken from: a report on this site, or an outside work. */
export const sourceRef = z.object({
  /** Name of the source as printed (a report title, a dataset, a gazetteer). */
  name: z.string().min(1),
  /** Address of the source, when it has one. */
  url: webUrl.optional(),
  /** Slug of a report on this site that states the fact. */
  report: slug.optional(),
});
