import type { Figure } from '../schemas/figure.ts';

/** One row of /data/figures.csv and /data/figures.json: a figure with everything to cite it. */
export interface FigureRow {
  id: string;
  indicator: string;
  indicator_name: string;
  region_code: string;
  region_name: string;
  year: string;
  value: number;
  unit: string;
  qualifier: Figure['qualifier'];
  report: string;
  report_url: string;
  paragraph: number;
  quote: string;
}

/** Column order of the downloads; a public contract, so only ever append. */
export const FIGURE_COLUMNS = [
  'id', 'indicator', 'indicator_name', 'region_code', 'region_name', 'year', 'value', 'unit',
  'qualifier', 'report', 'report_url', 'paragraph', 'quote',
] as const satisfies readonly (keyof FigureRow)[];

/** 2015 → "2015"; a period → ISO 8601 interval "2016/2019" (or "2020-01/2020-07"). */
export function periodLabel(year: Figure['year']): string {
  return typeof year === 'number' ? String(year) : `${year.start}/${year.end}`;
}

/** Chinese reading of a period: 2016—2019年, 截至2020年7月. */
export function periodText(year: Figure['year']): string {
  if (typeof year === 'number') return `${year}年`;
  const [startYear, startMonth] = year.start.split('-');
  const [endYear, endMonth] = year.end.split('-');
  const end = `${endYear}年${endMonth ? `${Number(endMonth)}月` : ''}`;
  if (year.start === year.end) return end;
  return `${startYear}年${startMonth ? `${Number(startMonth)}月` : ''}—${end}`;
}

/** The end of the period, as a sortable string, so 2016/2019 sorts with 2019. */
export function periodEnd(year: Figure['year']): string {
  return typeof year === 'number' ? String(year) : year.end;
}

export const QUALIFIER_TEXT: Record<Figure['qualifier'], string> = {
  exact: '',
  about: '约',
  'more-than': '超过',
  'at-least': '不少于',
};
