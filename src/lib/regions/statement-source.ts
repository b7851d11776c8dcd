import type { Region } from '../../schemas/region.ts';
import { shortNameOf } from './short-names.ts';

/** What a region's page says a report states of it: a recognition (with its year) or its history. */
export interface CitedStatement {
  /** The report that states it (source.report of data/regions.json). */
  report: string;
  /** Key of the statement on the region's page and in the report's entry (statementKey). */
  key: string;
  name: string;
  year?: number | undefined;
}

/** One key per region and year: a region's statements citing the same report for the same year share a paragraph. */
export function statementKey(regionId: string, year?: number): string {
  return `${regionId}@${year ?? ''}`;
}

/** Every statement of data/regions.json that cites a report on this site. */
export function citedStatements(regions: readonly Region[]): CitedStatement[] {
  return regions.flatMap((region) => [
    ...region.oldArea.flatMap((record) =>
      record.source.report ? [{ report: record.source.report, key: statementKey(region.id, record.year), name: region.name, year: record.year }] : []),
    ...region.history.flatMap((entry) =>
      entry.source.report ? [{ report: entry.source.report, key: statementKey(region.id), name: region.name }] : []),
  ]);
}

/**
 * The paragraph of a report that speaks of a region: the first holding the region's name (or its
 * short name) and the year of the recognition, or, without a year, 老区 or 根据地.
 */
export function statementParagraph(paragraphs: readonly { n: number; text: string }[], statement: Pick<CitedStatement, 'name' | 'year'>): number | undefined {
  const short = shortNameOf(statement.name) ?? statement.name;
  const year = statement.year;
  return paragraphs.find((p) => (p.text.includes(statement.name) || p.text.includes(short)) && (year ? p.text.includes(String(year)) : /老区|根据地/.test(p.text)))?.n;
}
