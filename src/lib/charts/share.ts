/**
 * What a chart offers to be taken away: its citation, whose date is its data's (the newest of
 * the reports it draws, all of them named), and the code that embeds it elsewhere.
 */
import type { CitableWork, CitedSource } from '../citation.ts';
import { citeCopyHtml, copyLineHtml, embedCodeParts, partsHtml } from '../citation-html.ts';
import type { ChartFigure } from './types.ts';

export interface ChartCite {
  /** The site's name: the chart's author and container. */
  site: string;
  /** The chart's address: its embed page, or its anchor on the page; a root path when the site's address is not configured. */
  url: string;
}

/**
 * The chart as a citable work. It is dated by its data, never by the build: a chart of numbers
 * published in 2021 cites as 2021 whenever the site was built, and names every report it draws.
 */
export function chartWork(title: string, cite: ChartCite, figures: readonly Pick<ChartFigure, 'report' | 'reportTitle' | 'reportDate'>[]): CitableWork {
  const sources = new Map<string, CitedSource>();
  for (const f of figures) sources.set(f.report, { title: f.reportTitle, date: f.reportDate });
  // Newest first: YYYY-MM-DD and YYYY-MM compare as text.
  const listed = [...sources.values()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh'));
  return { title, authors: [cite.site], date: listed[0]?.date ?? '', container: cite.site, url: cite.url, kind: 'chart', sources: listed };
}

/** The drawings' heights in CSS pixels, and what stands around them in the embed page. */
export interface EmbedLayout {
  /** Height of the 600 px drawing. */
  wide: number;
  /** Height of the 360 px drawing. */
  narrow: number;
  /** Lines of text beside the drawing besides title and source: subtitle, scale note, note. */
  extraLines: number;
}

// Measured on the embed page (tests/browser/embeds.test.ts holds the code to it): title, source
// line, the two disclosures, the download buttons, the credit and the page's padding.
const CHROME_WIDE = 230;
const CHROME_NARROW = 300;
const LINE = 24;

/**
 * A height at which the embed page shows whole without a scroll bar where embeds usually go: a
 * column 600–760 px wide (the wide drawing, drawn up to 1.13 × its size), or a phone (the narrow
 * drawing, a little smaller, and every line of text wrapping more).
 */
export function embedHeight(layout: EmbedLayout): number {
  const wide = Math.ceil(layout.wide * 1.13) + CHROME_WIDE + layout.extraLines * LINE;
  const narrow = Math.ceil(layout.narrow) + CHROME_NARROW + layout.extraLines * LINE * 1.5;
  return Math.ceil(Math.max(wide, narrow) / 10) * 10;
}

/**
 * The 「引用与嵌入」 disclosure under a chart: GB/T 7714 and APA, and the embed code when the chart
 * has an embed page, each with its copy button.
 */
export function chartShareHtml(work: CitableWork, embed: { path: string; height: number } | undefined): string {
  const embedLine = embed ? copyLineHtml({ label: '嵌入代码', format: 'embed', code: true, html: partsHtml(embedCodeParts({ path: embed.path, title: work.title, height: embed.height })) }) : '';
  return `<details class="chart-share"><summary>${embed ? '引用与嵌入' : '引用此图'}</summary>${citeCopyHtml(work, embedLine)}</details>`;
}
