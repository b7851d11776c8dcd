import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toSimplified } from '../script-convert.ts';
import type { ChartDirective } from '../charts/directive.ts';
import { fillChartSlots, placeChartsAfter, rehypeChartSlots } from './chart-slots.ts';
import type { FigureParagraphs, ReportParagraph } from './paragraph.ts';
import { locateQuote } from '../proof/locate-quote.ts';

/** A heading of the report, for its table of contents. */
export interface ReportHeading {
  depth: number;
  text: string;
  id: string;
}

/** A numbered paragraph: its anchor is `p-${n}`. */
export type { FigureParagraphs, ReportParagraph } from './paragraph.ts';

/** The rendered report: HTML, and the structure pages and checks need. */
export interface RenderedReport {
  html: string;
  /** The same HTML with every text converted to Simplified; present for Traditional reports. */
  htmlSimplified?: string;
  headings: ReportHeading[];
  paragraphs: ReportParagraph[];
  /** The paragraph each figure of `figures` stands in, by figure id: found once, here, by the check's own rule. */
  figureParagraphs: FigureParagraphs;
}

/** A figure to mark up in the text: the number inside `quote` becomes a `<data>` link. */
export interface FigureMark {
  id: string;
  quote: string;
  /** The number as written inside the quote (e.g. "25.66万"). */
  text: string;
  /** The machine-readable value of `<data>`: 256600, or 500/2000 for a range. */
  value: string;
  href: string;
}

export interface RenderOptions {
  script: 'zh-Hans' | 'zh-Hant';
  figures?: FigureMark[];
  /** Draws a `::chart{…}` directive as HTML; without it directives are left out of the page. */
  chart?: (directive: ChartDirective, index: number, figureParagraphs: FigureParagraphs) => string | undefined;
  /**
   * The charts that go after paragraphs without a directive (those whose figures the report
   * states), given where its figures stand and the charts its directives already place by id.
   */
  placeCharts?: (figureParagraphs: FigureParagraphs, placedByReport: ReadonlySet<string>) => { after: number; html: string }[];
}

/**
 * Report Markdown comes from outside and is untrusted: raw HTML is parsed and then sanitised with
 * GitHub's schema, which drops script, style, iframe, event handlers and javascript: URLs. Ids
 * are not clobber-prefixed because we assign our own after sanitising.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/**
 * GFM's tables, strikethrough, footnotes, task lists and autolinks each need one of these
 * characters; a report with none of them parses the same without the extension, in 60% of the
 * time (most reports: the extension cost about 1.3 ms a report).
 */
const GFM_SYNTAX = /[|~@]|\[\^|\[[ \txX]\]|www\.|:\/\//i;

function markdownToHast(gfm: boolean) {
  const parser = unified().use(remarkParse);
  // One tilde is a range in Chinese text (5万~10万元), never strikethrough.
  return (gfm ? parser.use(remarkGfm, { singleTilde: false }) : parser)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // Footnote ids are kept by anchorElements (fn-1, fnref-1, footnote-label); no prefix, as
      // sanitising clobbers none.
      clobberPrefix: '',
      footnoteLabel: '注释',
      footnoteLabelProperties: {},
      footnoteBackLabel: (referenceIndex: number) => `返回正文第 ${referenceIndex + 1} 处引用 / back to reference ${referenceIndex + 1}`,
    })
    .use(rehypeRawWhereNeeded)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeDropOutsideResources)
    .use(rehypeChartSlots);
}

const gfmProcessor = markdownToHast(true);
const commonMarkProcessor = markdownToHast(false);

/**
 * Reparses the tree through an HTML parser only when the Markdown held raw HTML: reports rarely
 * do, and the reparse cost every report about 0.8 ms for nothing.
 */
function rehypeRawWhereNeeded() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile) => (hasRawNode(tree) ? raw(tree, file) : tree);
}

function hasRawNode(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** An image (or picture source) in a report that would load from another host, left out of the page. */
export interface OutsideResource {
  /** 1-based line in the Markdown body, when known. */
  line?: number;
  url: string;
}

/**
 * Whether a URL leaves the site: resolved the way a browser resolves it (which reads \\ as / and
 * drops tabs and line breaks, so /\\host is another host), against a page of this site.
 */
function isOutside(url: string): boolean {
  try {
    return new URL(url, 'https://site.invalid/reports/x/').origin !== 'https://site.invalid';
  } catch {
    return false; // a URL the browser cannot parse loads nothing
  }
}

/**
 * The site makes no request to another host, and a report's image would: an <img> whose src
 * (or a <source> whose srcset) points elsewhere is removed, and the check tells the editor
 * (findOutsideResources). Sanitising already drops scripts, frames and styles; images are the
 * elements it keeps that load something.
 */
function rehypeDropOutsideResources() {
  return (tree: Root) => {
    const dropped: OutsideResource[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      const urls = node.tagName === 'img' ? [String(node.properties['src'] ?? '')] : node.tagName === 'source' ? srcsetUrls(node.properties['srcSet']) : [];
      const outside = urls.find(isOutside);
      if (outside === undefined || !parent || index === undefined) return;
      const line = node.position?.start.line;
      dropped.push(line === undefined ? { url: outside } : { line, url: outside });
      parent.children.splice(index, 1);
      return index;
    });
    ((tree.data ??= {}) as Record<string, unknown>)[OUTSIDE_RESOURCES] = dropped;
  };
}

const OUTSIDE_RESOURCES = 'laoquOutsideResources';

function srcsetUrls(value: unknown): string[] {
  const list = Array.isArray(value) ? value.join(',') : String(value ?? '');
  return list.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/**
 * The images of a report that the page leaves out because they would load from another host,
 * with their lines, for the content check to name. Parses only a report that has an image at all.
 */
export async function findOutsideResources(markdown: string): Promise<OutsideResource[]> {
  if (!/!\[|<img|<source|srcset/i.test(markdown)) return [];
  const processor = GFM_SYNTAX.test(markdown) ? gfmProcessor : commonMarkProcessor;
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  return ((tree.data as Record<string, unknown> | undefined)?.[OUTSIDE_RESOURCES] as OutsideResource[] | undefined) ?? [];
}

// Raw nodes reach the stringifier only from fillChartSlots: sanitising drops every other one.
const stringifier = unified().use(rehypeStringify, { allowDangerousHtml: true });

export async function renderReport(markdown: string, options: RenderOptions): Promise<RenderedReport> {
  const processor = GFM_SYNTAX.test(markdown) ? gfmProcessor : commonMarkProcessor;
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  const { headings, paragraphs } = anchorElements(tree);
  const figures = options.figures ?? [];
  const figureParagraphs = locateFigures(figures, paragraphs);
  if (figures.length > 0) markFigures(tree, figures, figureParagraphs);
  const directives = fillChartSlots(tree, figureParagraphs, options.chart);
  if (options.placeCharts) placeChartsAfter(tree, options.placeCharts(figureParagraphs, new Set(directives.flatMap((d) => d.id ?? []))));
  const html = stringifier.stringify(tree);
  const result: RenderedReport = { html, headings, paragraphs, figureParagraphs };
  if (options.script === 'zh-Hant') {
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'raw') node.value = toSimplified(node.value);
    });
    result.htmlSimplified = stringifier.stringify(tree);
  }
  return result;
}

/**
 * Gives the page's own ids, in one walk of the tree. Ids from report authors could collide with
 * ours (p-3, figure ids), so every other id goes: the page owns them all, but for the ids GFM
 * gives footnotes and their references, which link to each other.
 *
 * Headings get a slug of their text. Paragraphs are numbered in document order: the anchor is
 * the paragraph's ordinal, so it stays put as long as the paragraphs before it do; a copy-link
 * control follows the text, hidden from search and from the paragraph's own text.
 */
function anchorElements(tree: Root): { headings: ReportHeading[]; paragraphs: ReportParagraph[] } {
  const slugger = new GithubSlugger();
  const headings: ReportHeading[] = [];
  const paragraphs: ReportParagraph[] = [];
  visit(tree, 'element', (node: Element) => {
    const given = node.properties['id'];
    delete node.properties['id'];
    delete node.properties['name'];
    // GFM footnotes link to each other by these; no id of ours has their form.
    if (typeof given === 'string' && FOOTNOTE_ID.test(given)) node.properties['id'] = given;
    if (node.tagName === 'p') {
      const n = paragraphs.length + 1;
      paragraphs.push({ n, text: toString(node).trim() });
      node.properties['id'] = `p-${n}`;
      node.children.push(paragraphLink(n));
      return;
    }
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (!heading) return;
    const text = toString(node).trim();
    if (node.properties['id'] === 'footnote-label') {
      headings.push({ depth: Number(heading[1]), text, id: 'footnote-label' });
      return;
    }
    // Chinese headings slug to themselves; a heading of only punctuation still needs an anchor.
    const id = slugger.slug(text) || slugger.slug('section');
    node.properties['id'] = id;
    headings.push({ depth: Number(heading[1]), text, id });
  });
  return { headings, paragraphs };
}

const FOOTNOTE_ID = /^(?:fn|fnref)-[\w-]+$|^footnote-label$/;

function paragraphLink(n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['p-link'],
      href: `#p-${n}`,
      ariaLabel: `第${n}段的链接 / link to paragraph ${n}`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '¶' }],
  };
}

/**
 * The paragraph of each figure, found by its quote with the rule the check proves it by
 * (locateQuote), so the page's mark, its charts' links and /data/ all name the paragraph the
 * check proved.
 */
function locateFigures(figures: readonly FigureMark[], paragraphs: readonly ReportParagraph[]): FigureParagraphs {
  const located: Record<string, number> = {};
  for (const figure of figures) {
    const paragraph = locateQuote(paragraphs, figure.quote);
    if (paragraph) located[figure.id] = paragraph.n;
  }
  return located;
}

/**
 * Wraps the number of each proven figure in `<a href><data value>`, in the paragraph its quote
 * stands in, so the same number elsewhere in the text is left alone.
 */
function markFigures(tree: Root, figures: readonly FigureMark[], located: FigureParagraphs): void {
  const byParagraph = new Map<string, FigureMark[]>();
  for (const figure of figures) {
    const n = located[figure.id];
    if (n !== undefined) byParagraph.set(`p-${n}`, [...(byParagraph.get(`p-${n}`) ?? []), figure]);
  }
  visit(tree, 'element', (node: Element) => {
    const here = node.tagName === 'p' ? byParagraph.get(String(node.properties['id'])) : undefined;
    for (const figure of here ?? []) wrapInParagraph(node, figure);
  });
}

function wrapInParagraph(paragraph: Element, figure: FigureMark): boolean {
  for (let i = 0; i < paragraph.children.length; i++) {
    const child = paragraph.children[i];
    if (child?.type !== 'text') continue;
    // Folded like the check folds (locateQuote): a quote typed on one line still finds text the
    // Markdown source broke across lines.
    const quote = findFolded(child.value, figure.quote, 0);
    if (!quote) continue;
    const number = findFolded(child.value, figure.text, quote.start);
    if (!number || number.end > quote.end) continue;
    const [numberAt, numberEnd] = [number.start, number.end];
    const before: Text = { type: 'text', value: child.value.slice(0, numberAt) };
    const after: Text = { type: 'text', value: child.value.slice(numberEnd) };
    const mark: ElementContent = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['figure-ref'], href: figure.href, dataFigure: figure.id },
      children: [
        {
          type: 'element',
          tagName: 'data',
          properties: { value: figure.value },
          children: [{ type: 'text', value: child.value.slice(numberAt, numberEnd) }],
        },
      ],
    };
    paragraph.children.splice(i, 1, before, mark, after);
    return true;
  }
  return false;
}

/** Where `needle` stands in `text` at or after `from`, whitespace in either ignored: [start, end) of `text`. */
function findFolded(text: string, needle: string, from: number): { start: number; end: number } | undefined {
  const wanted = [...needle.replace(/\s+/g, '')];
  if (wanted.length === 0) return undefined;
  for (let start = from; start < text.length; start++) {
    if (!text.startsWith(wanted[0]!, start)) continue;
    let at = start;
    let k = 0;
    while (k < wanted.length && at < text.length) {
      if (/\s/.test(text[at]!)) { at++; continue; }
      if (!text.startsWith(wanted[k]!, at)) break;
      at += wanted[k]!.length;
      k++;
    }
    if (k === wanted.length) return { start, end: at };
  }
  return undefined;
}
