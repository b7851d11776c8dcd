/**
 * What a quote's own words say about its number's status and measure: 预计 makes a projection,
 * 目标 and 力争 a target, 启动 and 开工 work merely started; 累计 a running total, 余额 a stock.
 * The figures helper proposes from these words; the check refuses a figure filed as an actual
 * result when its words say otherwise and no note explains why.
 */
import type { FigureMeasure, FigureStatus } from '../../schemas/figure.ts';

/** Words that mark a status other than "actual", longest first within each. */
export const STATUS_WORDS: Readonly<Record<Exclude<FigureStatus, 'actual'>, readonly string[]>> = {
  projection: ['预计', '预期', '有望', '可望', '預計', '預期'],
  target: ['目标', '力争', '争取', '目標', '力爭', '爭取'],
  started: ['启动', '开工', '动工', '着手', '啟動', '開工', '動工'],
};

/** Words that mark how a number accrues. */
export const MEASURE_WORDS: Readonly<Record<Exclude<FigureMeasure, 'flow'>, readonly string[]>> = {
  cumulative: ['累计', '累計', '累积', '累積', '共计', '共計', '以来', '以來', '至今'],
  stock: ['余额', '餘額', '存量', '现有', '現有', '尚有', '还有', '還有', '剩余', '剩餘'],
  rate: ['发生率', '發生率', '比例', '占比', '佔比', '普及率', '覆盖率', '覆蓋率', '%', '％'],
};

/** The status the words of a quote point to, with the word, or undefined for none. */
export function statusFromWords(quote: string): { status: Exclude<FigureStatus, 'actual'>; word: string } | undefined {
  for (const status of ['projection', 'target', 'started'] as const) {
    const word = STATUS_WORDS[status].find((w) => quote.includes(w));
    if (word) return { status, word };
  }
  return undefined;
}

/** The measure the words of a quote point to, with the word, or undefined for none. */
export function measureFromWords(quote: string): { measure: Exclude<FigureMeasure, 'flow'>; word: string } | undefined {
  for (const measure of ['rate', 'stock', 'cumulative'] as const) {
    const word = MEASURE_WORDS[measure].find((w) => quote.includes(w));
    if (word) return { measure, word };
  }
  return undefined;
}

/**
 * What a measure requires of a time: a stock is read at a moment (never over a period), a flow
 * accrues over a known period, a cumulative total up to a moment from a start that may be
 * unknown. Returns what is wrong, Chinese then English, or undefined.
 */
export function timeFitsMeasure(measure: FigureMeasure, kind: 'point' | 'period' | 'unknown', start: string | null): string | undefined {
  if (kind === 'unknown') return undefined;
  if (measure === 'stock' && kind === 'period') {
    return '存量（stock）是某一时点的数，时间应写作 { "at": … }，不能是一个时期 / a stock is a level at a moment: give time as { "at": … }, not a period';
  }
  if (measure === 'flow' && kind === 'point') {
    return '期内发生（flow）须写明时期 { "start": …, "end": … }；一年之内写作 start 与 end 相同 / a flow accrues over a period: give { "start", "end" } (the same year twice for one year)';
  }
  if (measure === 'flow' && start === null) {
    return '期内发生（flow）的起点须已知；起点未载明的累计数应为 cumulative / a flow needs a known start; a running total with an unknown start is cumulative';
  }
  if (measure === 'cumulative' && kind === 'point') {
    return '累计（cumulative）须写成时期 { "start": …, "end": … }；起点未载明时 start 写 null / a cumulative total is a period: { "start": null, "end": … } when the start is unknown';
  }
  return undefined;
}
