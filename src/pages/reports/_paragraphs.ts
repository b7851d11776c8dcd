import type { ReportParagraph } from '../../lib/markdown/render.ts';
import { readRendered } from '../../loaders/rendered-file.ts';

/**
 * The numbered paragraphs of some reports, by slug, read from their rendered files: the content
 * store does not hold them (see rendered-file.ts), and only the few reports that figures or
 * region pages cite need them.
 */
export async function reportParagraphs(reports: readonly { slug: string; renderedFile: string }[]): Promise<Map<string, ReportParagraph[]>> {
  const unique = [...new Map(reports.map((report) => [report.slug, report])).values()];
  const read = await Promise.all(unique.map(async (report) => [report.slug, (await readRendered(report.renderedFile)).paragraphs] as const));
  return new Map(read);
}
