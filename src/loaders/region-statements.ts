import type { ReportParagraph } from '../lib/markdown/render.ts';
import { citedStatements, statementParagraph, type CitedStatement } from '../lib/regions/statement-source.ts';
import { ContentError } from '../lib/content/problem.ts';
import { readRegions } from './regions.ts';

/**
 * What the report loader needs to find the paragraphs region pages cite: the statements of
 * data/regions.json that name a report on this site, read once per load. Found while rendering,
 * where the paragraphs are, so region pages read them from the reports collection instead of
 * reading the rendered files back. `inputsFor` is every byte one report's answer depends on, for
 * its digest: editing a region's statement renders again only the report it cites.
 */
export function regionStatementContext(paths: { data: string; geo: string }) {
  const { regions, problems } = readRegions(paths);
  if (problems.length > 0) throw new ContentError(problems);
  const byReport = new Map<string, CitedStatement[]>();
  for (const statement of citedStatements(regions)) byReport.set(statement.report, [...(byReport.get(statement.report) ?? []), statement]);
  return {
    inputsFor: (slug: string): string => JSON.stringify(byReport.get(slug) ?? []),
    /** The paragraph of each statement citing this report, by statement key; a statement not found is left out. */
    locatedIn(slug: string, paragraphs: readonly ReportParagraph[]): Record<string, number> {
      const located: Record<string, number> = {};
      for (const statement of byReport.get(slug) ?? []) {
        const n = statementParagraph(paragraphs, statement);
        if (n !== undefined) located[statement.key] ??= n;
      }
      return located;
    },
  };
}
