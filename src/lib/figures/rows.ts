/**
 * One row of /data/figures.csv, /data/figures.json and the per-indicator CSVs: a figure with all
 * it needs to be read alone — what, where (the whole region or a named part), when, what kind of
 * quantity, whether it happened, the note, and the sentence it comes from.
 */
import type { FigureMeasure, FigureStatus, FigureValue, Qualifier } from '../../schemas/figure.ts';
import { alsoInText, type JoinedFigure } from './joined.ts';
import { timeBounds, timeLabel } from './time.ts';

export interface FigureRow {
  id: string;
  indicator: string;
  indicator_name: string;
  region_code: string;
  region_name: string;
  year: string;
  /** A number, or { low, high } for a range (written low–high in the CSV). */
  value: FigureValue;
  unit: string;
  qualifier: Qualifier;
  report: string;
  report_url: string;
  paragraph: number;
  quote: string;
  scope: 'whole' | 'part';
  scope_name: string;
  scope_regions: string[];
  measure: FigureMeasure;
  period_start: string;
  period_end: string;
  status: FigureStatus;
  note: string;
}

/** Column order of the downloads; a public contract, so only ever append. */
export const FIGURE_COLUMNS = [
  'id', 'indicator', 'indicator_name', 'region_code', 'region_name', 'year', 'value', 'unit',
  'qualifier', 'report', 'report_url', 'paragraph', 'quote',
  'scope', 'scope_name', 'scope_regions', 'measure', 'period_start', 'period_end', 'status', 'note',
] as const satisfies readonly (keyof FigureRow)[];

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/**
 * What each column holds, in Chinese with an English line: the data dictionary printed on /data/
 * and kept here, beside the columns, so the two cannot drift apart.
 */
export const COLUMN_DICTIONARY: Readonly<Record<FigureColumn, { zh: string; en: string }>> = {
  id: { zh: '数字的固定编号，也是数据表中该行的锚点（/data/<指标>/#<编号>）。', en: 'Stable id of the figure; the anchor of its row on the indicator page.' },
  indicator: { zh: '指标编号，见 /data/<指标>/ 的定义与不含内容。', en: 'Indicator id; its definition and exclusions are on /data/<indicator>/.' },
  indicator_name: { zh: '指标名称。', en: 'Indicator name in Chinese.' },
  region_code: { zh: '所属地区的六位行政区划代码（GB/T 2260）。范围为“部分”时，是该部分所在的地区。', en: 'GB/T 2260 code of the region; for a part, the region the part lies in.' },
  region_name: { zh: '所属地区名称。', en: 'Name of that region.' },
  year: { zh: '时间的简写：时点或单年写作 2015，时期写作 2016/2019，起点未载明写作 /2020，时间未载明留空。', en: 'Time in short: 2015 for a point or one year, 2016/2019 for a period, /2020 when the start is unknown, empty when the time is unknown.' },
  value: { zh: '数值，按 unit 所示单位（25.66万人记作 256600）；范围值写作 500–2000。', en: 'The value in `unit` (25.66万人 is 256600); a range is written low–high.' },
  unit: { zh: '单位。', en: 'Unit of the value.' },
  qualifier: { zh: '报告对数字的限定：exact 确数，about 约，more-than 余、多、超过，at-least 以上、不少于。', en: 'How the report qualifies the number: exact, about (约), more-than (余, 多), at-least (以上).' },
  report: { zh: '出处报告的编号（/reports/<编号>/）。', en: 'Slug of the report that states it.' },
  report_url: { zh: '出处段落的网址，可直接打开到原文段落；网站未设置公开地址时为从网站根目录起的路径（/reports/…），前面加上本站地址即可打开。', en: 'Address of the paragraph of the report that states it; a path from the site root (/reports/…) where the site was built without its public address: put the address of this site in front.' },
  paragraph: { zh: '出处段落序号（网址中的 #p-N）。', en: 'Number of that paragraph (#p-N).' },
  quote: { zh: '报告原文引文，一字不改；构建时核对引文确在报告中、数值确能从引文读出。', en: 'The exact words of the report; the build checks they stand in it and state the value.' },
  scope: { zh: '范围：whole 指整个地区，part 指地区中的一部分（见 scope_name）。', en: 'whole: the region itself; part: a named part of it (see scope_name).' },
  scope_name: { zh: '数字所指的范围，部分范围按报告的说法写出（如“赤峰市五个革命老区旗县区”）。', en: 'What the number covers; a part is named as the report names it.' },
  scope_regions: { zh: '部分范围所含地区的代码，以分号分隔；报告未列出时留空。', en: 'Codes of the regions that make up a part, separated by semicolons; empty when the report does not list them.' },
  measure: { zh: '计量方式：stock 时点存量（如年末贫困人口、贷款余额），flow 期内发生（如某年投入），cumulative 累计（自某时起），rate 比率。', en: 'stock: a level at a moment; flow: within a period; cumulative: a running total since a start; rate: a share or incidence.' },
  period_start: { zh: '时期起点；时点数与 period_end 相同；累计数起点未载明时留空。', en: 'Start of the period; equal to period_end for a point; empty when a cumulative total does not say since when.' },
  period_end: { zh: '时期终点或时点；时间未载明时留空。', en: 'End of the period, or the point; empty when the time is unknown.' },
  status: { zh: '状态：actual 实际，projection 预计，target 目标，started 已启动（尚无结果）。', en: 'actual, projection (预计), target (目标), started (work begun, no result yet).' },
  note: { zh: '读懂这个数字所需的说明：编者注，报告自身前后不符之处（附两个数字），以及同一事实见于其他报告之处。', en: 'What a reader must know: the editor’s note, where the report does not add up (with both numbers), and other reports stating the same fact.' },
};

/** The row of a joined figure; `url` turns a site path into the address a reader can open. */
export function figureRow(figure: JoinedFigure, url: (path: string) => string): FigureRow {
  const { start, end } = timeBounds(figure.time);
  return {
    id: figure.id,
    indicator: figure.indicator,
    indicator_name: figure.indicatorName,
    region_code: figure.region,
    region_name: figure.regionName,
    year: timeLabel(figure.time),
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    report: figure.report,
    report_url: url(`/reports/${figure.report}/#p-${figure.paragraph}`),
    paragraph: figure.paragraph,
    quote: figure.quote,
    scope: figure.scope,
    scope_name: figure.scopeName,
    scope_regions: figure.scopeRegions,
    measure: figure.measure,
    period_start: start ?? '',
    period_end: end ?? '',
    status: figure.status,
    note: [...figure.readerNotes, alsoInText(figure)].filter(Boolean).join('；'),
  };
}

/** A row's cells for the CSV: a range as low–high, the part's regions joined by semicolons. */
export function csvCells(row: FigureRow): (string | number)[] {
  return FIGURE_COLUMNS.map((column) => {
    const value = row[column];
    if (column === 'value' && typeof value === 'object') return `${(value as { low: number }).low}–${(value as { high: number }).high}`;
    if (Array.isArray(value)) return value.join(';');
    return value as string | number;
  });
}
