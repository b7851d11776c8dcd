import { z } from 'zod';

/** A GB/T 2260 administrative division code: six digits, e.g. 150429 for 宁城县. */
export const adcode = z
  .string()
  .regex(/^\d{6}$/, '行政区划代码应为六位数字 / an adcode is six digits, e.g. "150429"');

/**
 * A calendar date as the source prints it: a full day (2021-07-26) or a month (2020-09).
 * YAML may hand us a Date object for an unquoted day; we keep the string form either way.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}(-\d{2})?$/,
      '日期应写作 YYYY-MM-DD 或 YYYY-MM / a date is YYYY-MM-DD or YYYY-MM',
    ),
);

/** A slug that is safe in a URL path: lower-case ASCII letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'slug 只能含小写字母、数字和连字符 / a slug holds only a-z, 0-9 and hyphens',
  );

/** WGS-84 longitude and latitude in decimal degrees, as [longitude, latitude]. */
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** Where a fact was taken from: a report on this site, or an outside work. */
export const sourceRef = z.object({
  /** Name of the source as printed (a report title, a dataset, a gazetteer). */
  name: z.string().min(1),
  /** Address of the source, when it has one. */
  url: z.url().optional(),
  /** Slug of a report on this site that states the fact. */
  report: slug.optional(),
});
