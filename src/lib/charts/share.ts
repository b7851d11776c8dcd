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

/** The drawings' heights in CSS pixels, and the text that stands around them in the embed page. */
export interface EmbedLayout {
  /** Height of the 600 px drawing. */
  wide: number;
  /** Height of the 360 px drawing. */
  narrow: number;
  /** Title, subtitles, note and source line, as text: each wraps on its own. */
  texts: readonly string[];
}

// Measured on the embed pages of the test site (tests/browser/citations.test.ts holds the code
// to it): in a 760 px column the wide drawing is drawn 1.2 × its size and a line holds about 44
// characters; on a 360 px phone the narrow drawing 0.92 × and a line about 20. Around them: the
// two disclosures, the download buttons, the credit and the page's padding.
const WIDE = { scale: 1.2, chrome: 270, charsPerLine: 44, line: 24 };
const NARROW = { scale: 0.92, chrome: 265, charsPerLine: 20, line: 24 };

/**
 * A height at which the embed page shows whole without a scroll bar where embeds usually go: a
 * column up to 760 px wide (the wide drawing) or a phone (the narrow drawing, and every line of
 * text wrapping more), rounded up to 10 px.
 */
export function embedHeight(layout: EmbedLayout): number {
  const at = (width: typeof WIDE, drawing: number) =>
    Math.ceil(drawing * width.scale) + width.chrome + layout.texts.reduce((sum, text) => sum + Math.ceil([...text].length / width.charsPerLine) * width.line, 0);
  return Math.ceil(Math.max(at(WIDE, layout.wide), at(NARROW, layout.narrow)) / 10) * 10;
}

/**
 * The 「引用与嵌入」 disclosure under a chart: GB/T 7714 and APA, and the embed code when the chart
 * has an embed page, each with its copy button.
 */
export function chartShareHtml(work: CitableWork, embed: { path: string; height: number } | undefined): string {
  const embedLine = embed ? copyLineHtml({ label: '嵌入代码', format: 'embed', code: true, html: partsHtml(embedCodeParts({ path: embed.path, title: work.title, height: embed.height })) }) : '';
  return `<details class="chart-share"><summary>${embed ? '引用与嵌入' : '引用此图'}</summary>${citeCopyHtml(work, embedLine)}</details>`;
}
