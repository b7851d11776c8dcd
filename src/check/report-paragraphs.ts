import type { ReportFile } from '../lib/content/report-file.ts';
import { renderReport } from '../lib/markdown/render.ts';

/** A report's numbered paragraphs, rendered at most once per check however many checks ask. */
export type ParagraphsOf = (report: ReportFile) => Promise<{ n: number; text: string }[]>;

export function reportParagraphs(): ParagraphsOf {
  const rendered = new Map<string, Promise<{ n: number; text: string }[]>>();
  return (report) => {
    let paragraphs = rendered.get(report.slug);
    if (!paragraphs) {
      paragraphs = renderReport(report.body, { script: report.data.script }).then((r) => r.paragraphs);
      rendered.set(report.slug, paragraphs);
    }
    return paragraphs;
  };
}
