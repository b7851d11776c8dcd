/**
 * A reported date in Chinese, as precisely as it was reported: 2015 → 2015年; 2020-07 → 2020年7月;
 * 2020-07-31 → 2020年7月31日. Intl writes it, in UTC, so no reader's time zone moves the day.
 */
export function chineseDate(date: string | undefined): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!match) return date ?? '';
  const [, year, month, day] = match;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  const precision = day ? 'day' : month ? 'month' : 'year';
  // A formatter is slow to make and fast to use: one per precision, kept.
  let format = FORMATS.get(precision);
  if (!format) FORMATS.set(precision, (format = new Intl.DateTimeFormat('zh-CN', options)));
  return format.format(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();
