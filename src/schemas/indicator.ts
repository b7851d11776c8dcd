import { z } from 'zod';
import { figureMeasure } from './figure.ts';
import { slug } from './common.ts';

/** Themes the /data/ page groups indicators under, in the order it shows them. */
export const indicatorTheme = z.enum(['poverty', 'income', 'funds', 'industry', 'relocation', 'services', 'infrastructure', 'assistance', 'old-area', 'economy']);

/** A theme's name as readers see it. */
export const THEME_NAMES: Readonly<Record<z.infer<typeof indicatorTheme>, string>> = {
  poverty: '贫困人口与脱贫',
  income: '收入',
  funds: '资金、金融与资产',
  industry: '产业、就业与培训',
  relocation: '搬迁与住房',
  services: '教育、医疗与兜底保障',
  infrastructure: '饮水、生态与基础设施',
  assistance: '驻村帮扶与干部',
  'old-area': '老区概况与革命历史',
  economy: '人口与经济',
};

/** What a figure measures (data/indicators.json). */
export const indicatorSchema = z.strictObject({
  /** URL-safe id, used in /data/<id>/ (e.g. poor-population). */
  id: slug,
  /** Chinese name as the reports use it (e.g. 建档立卡贫困人口). */
  name: z.string().min(1),
  /** English name. */
  nameEn: z.string().min(1),
  /** What the /data/ page lists it under. */
  theme: indicatorTheme,
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
export type IndicatorTheme = z.infer<typeof indicatorTheme>;
