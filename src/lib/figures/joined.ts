/**
 * A figure joined with everything a reader needs beside its number: the names of its indicator,
 * region and part, its report and paragraph, the other reports that state it, and the notes that
 * must travel with it. Pages, charts, maps and downloads all read this one shape, made once.
 */
import type { Area } from '../../schemas/area.ts';
import type { Figure, FigureMeasure, FigureStatus, FigureTime, FigureValue, Qualifier } from '../../schemas/figure.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { checkConsistency } from './consistency.ts';
import { timeSortKey } from './time.ts';

export interface JoinedFigure {
  id: string;
  indicator: string;
  indicatorName: string;
  unit: string;
  /** The region, or the region the part lies in. */
  region: string;
  regionName: string;
  scope: 'whole' | 'part';
  /** The part's id in data/areas.json, for a part. */
  area?: string | undefined;
  /** What the number covers, in words: the region's name, or the part's as the report words it. */
  scopeName: string;
  /** The regions of a part, where the report names them. */
  scopeRegions: string[];
  time: FigureTime;
  measure: FigureMeasure;
  status: FigureStatus;
  value: FigureValue;
  qualifier: Qualifier;
  quote: string;
  report: string;
  reportTitle: string;
  reportDate: string;
  reportPublisher: string;
  /** Paragraph of the report holding the quote (#p-N). */
  paragraph: number;
  /** The same fact in other reports. */
  alsoIn: { report: string; reportTitle: string; quote: string; paragraph: number }[];
  partOf?: string | undefined;
  /** The editor's note alone. */
  editorNote?: string | undefined;
  /** Every note a reader must see with the number: the editor's, and where the report does not add up. Other sources are in alsoIn. */
  readerNotes: string[];
}

export interface ReportInfo {
  title: string;
  date: string;
  publisher: string;
}

export interface JoinInput {
  figures: readonly (Figure & { report: string })[];
  indicators: ReadonlyMap<string, Pick<Indicator, 'name'>>;
  regionName: (code: string) => string;
  areas: ReadonlyMap<string, Area>;
  reports: ReadonlyMap<string, ReportInfo>;
  /** The paragraph of `report` that states `figure` (by id), as the render found it; the check has proved there is one. */
  paragraphOf: (report: string, figure: string) => number | undefined;
}

/** Every figure joined, in a stable order: indicator, region, time, id. */
export function joinFigures(input: JoinInput): JoinedFigure[] {
  const { inconsistencies } = checkConsistency(input.figures);
  const findings = new Map<string, string[]>();
  for (const found of inconsistencies) findings.set(found.figure, [...(findings.get(found.figure) ?? []), found.readerNote]);
  const titleOf = (slug: string) => input.reports.get(slug)?.title ?? slug;

  const joined = input.figures.map((figure): JoinedFigure => {
    const report = input.reports.get(figure.report);
    const area = figure.scope === 'part' && figure.area ? input.areas.get(figure.area) : undefined;
    const alsoIn = (figure.alsoIn ?? []).map((other) => ({
      report: other.report,
      reportTitle: titleOf(other.report),
      quote: other.quote,
      paragraph: input.paragraphOf(other.report, figure.id) ?? 0,
    }));
    const readerNotes = [...(figure.note ? [figure.note] : []), ...(findings.get(figure.id) ?? [])];
    return {
      id: figure.id,
      indicator: figure.indicator,
      indicatorName: input.indicators.get(figure.indicator)?.name ?? figure.indicator,
      unit: figure.unit,
      region: figure.region,
      regionName: input.regionName(figure.region),
      scope: figure.scope,
      area: area?.id,
      scopeName: area?.name ?? input.regionName(figure.region),
      scopeRegions: area?.members ?? [],
      time: figure.time,
      measure: figure.measure,
      status: figure.status,
      value: figure.value,
      qualifier: figure.qualifier,
      quote: figure.quote,
      report: figure.report,
      reportTitle: report?.title ?? figure.report,
      reportDate: report?.date ?? '',
      reportPublisher: report?.publisher ?? '',
      paragraph: input.paragraphOf(figure.report, figure.id) ?? 0,
      alsoIn,
      partOf: figure.partOf,
      editorNote: figure.note,
      readerNotes,
    };
  });
  return joined.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.region.localeCompare(b.region) ||
      (a.area ?? '').localeCompare(b.area ?? '') ||
      timeSortKey(a.time).localeCompare(timeSortKey(b.time)) ||
      a.id.localeCompare(b.id),
  );
}

/** The other reports that state a figure, in words: 同一数字亦见《…》第3段; empty when there are none. */
export function alsoInText(figure: Pick<JoinedFigure, 'alsoIn'>): string {
  if (figure.alsoIn.length === 0) return '';
  return `同一数字亦见${figure.alsoIn.map((o) => `《${o.reportTitle}》第${o.paragraph}段`).join('、')}`;
}

/** The reports a figure stands in: its own, then the others that state it. */
export function sourcesOf(figure: Pick<JoinedFigure, 'report' | 'alsoIn'>): string[] {
  return [figure.report, ...figure.alsoIn.map((o) => o.report)];
}
