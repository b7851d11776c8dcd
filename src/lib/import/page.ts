/**
 * Reads a copied page into its parts: the site's chrome (dropped), the page header (title,
 * metadata, subtitle, byline), the report body, and further reports the page holds, each
 * opening with its own title block (title, byline, date line), as the 003 page does.
 */
import {
  breadcrumbSegments, isBlankLine, isImageFileLine, isMenuLine, isNavigationLine, isRelatedHeading, isTailLine, siteOfSlogan, withoutLeadingTools,
} from './chrome.ts';
import { parseByline } from './byline.ts';
import { parseMetaLine, parsePrintedDate, type PageMeta } from './page-meta.ts';
import { classifyLine } from './outline.ts';
import { removePinyinGlosses } from './pinyin-gloss.ts';
import type { SourceLine } from './types.ts';

/** A body line, marked when it is the caption of an image the copy lost. */
export interface BodyLine extends SourceLine {
  readonly caption: boolean;
}

/** One report found in the page, before it is written out. */
export interface RawReport {
  /** Title lines (a title may wrap onto two lines). */
  title: SourceLine[];
  subtitle?: SourceLine;
  /** Bodies named under the title, with the line naming them. */
  byline?: { names: string[]; line: SourceLine };
  /** A date printed in the report's own title block (2020年9月)). */
  dateLine?: SourceLine;
  body: BodyLine[];
}

/** Everything read from one page. */
export interface PageLayout {
  meta: PageMeta;
  /** Site named by a known slogan in the page header. */
  sloganSite?: string;
  reports: RawReport[];
  glossesRemoved: number;
  /** Lines above the title that are neither known chrome nor metadata: left out as the site's header. */
  droppedHead: SourceLine[];
  /**
   * Lines from a heading of related articles, comments or an app's controls at the page's foot on
   * (相关文章, 新闻评论, 预览时标签不可点): left out as the site's, though not known chrome line by line.
   */
  droppedTail?: { heading: SourceLine; lines: number };
}

/** What the importer knows of a page besides its text. */
export interface PageHints {
  /** The page's own title (an HTML page's <title>), which names the report among the page's lines. */
  documentTitle?: string;
}

const MAX_TITLE_LENGTH = 60;
const SUBTITLE = /^(?:──|——|--|—|─)/u;

function toSourceLines(text: string): { lines: SourceLine[]; glossesRemoved: number } {
  let glossesRemoved = 0;
  const lines = text.split(/\r\n|\r|\n/u).map((raw, i) => {
    const { text: cleaned, removed } = removePinyinGlosses(raw);
    glossesRemoved += removed;
    return {
      n: i + 1,
      text: cleaned.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/gu, ''),
      indented: /^[\s\u00a0\u3000]+\S/u.test(raw),
    };
  });
  return { lines: lines.filter((line) => !isBlankLine(line.text)), glossesRemoved };
}

const isBodyLike = (text: string) => /[。；;]/u.test(text) || [...text].length > MAX_TITLE_LENGTH;
const isShortTitleLine = (text: string) =>
  !isBodyLike(text) && !/[,，:：]/u.test(text) && classifyLine(text).kind === 'paragraph';

/**
 * Finds the title blocks inside a body: 1–2 short title lines, a byline, then a date line alone.
 * Returns the index of each block's first line.
 */
function findTitleBlocks(body: readonly SourceLine[]): number[] {
  const starts: number[] = [];
  body.forEach((line, i) => {
    if (i < 2 || parsePrintedDate(line.text) === undefined) return;
    if (parseByline(body[i - 1]?.text ?? '') === undefined) return;
    let start = i - 1;
    while (start > 0 && i - 1 - start < 2 && isShortTitleLine(body[start - 1]?.text ?? '')) start -= 1;
    if (start < i - 1) starts.push(start);
  });
  return starts;
}

function readTitleBlock(lines: readonly SourceLine[]): RawReport {
  const dateLine = lines.at(-1);
  const bylineLine = lines.at(-2);
  const names = parseByline(bylineLine?.text ?? '') ?? [];
  return {
    title: lines.slice(0, -2),
    ...(bylineLine ? { byline: { names, line: bylineLine } } : {}),
    ...(dateLine ? { dateLine } : {}),
    body: [],
  };
}

type HeadLine = 'slogan' | 'navigation' | 'tool' | 'meta' | 'image' | 'candidate';

/** What a line above the report's body is. */
function classifyHeadLine(text: string, crumbs: ReadonlySet<string>): HeadLine {
  if (siteOfSlogan(text) !== undefined) return 'slogan';
  if (breadcrumbSegments(text) || crumbs.has(text) || isMenuLine(text) || /^(?:search|搜\s*索)$/iu.test(text)) return 'navigation';
  if (isNavigationLine(text)) return 'tool';
  if (isImageFileLine(text)) return 'image';
  if (parseMetaLine(text) !== undefined) return 'meta';
  return 'candidate';
}

/**
 * Finds the report's title among the lines above its body. A page's own title names it where
 * there is one; else the title is the line a content system prints just above its metadata
 * line (发布时间 …); else the first line below the site's navigation (menu, breadcrumb, search).
 * A breadcrumb, a menu or a site's banner above the navigation is never the title.
 */
function findTitle(head: readonly { line: SourceLine; kind: HeadLine }[], hints: PageHints): number | undefined {
  const candidates = head.flatMap((entry, i) =>
    entry.kind === 'candidate' && !SUBTITLE.test(entry.line.text) && head[i - 1]?.kind !== 'image' ? [i] : [],
  );
  const documentTitle = hints.documentTitle?.replace(/\s+/gu, '');
  if (documentTitle) {
    const named = candidates.find((i) => {
      const text = head[i]?.line.text.replace(/\s+/gu, '') ?? '';
      return text.length >= 4 && documentTitle.includes(text);
    });
    if (named !== undefined) return named;
  }
  const lastMeta = head.findLastIndex((entry) => entry.kind === 'meta');
  const aboveMeta = candidates.filter((i) => i < lastMeta);
  if (aboveMeta.length > 0) {
    // A body's name right above the metadata is a byline under the title, not the title.
    return aboveMeta.findLast((i) => parseByline(head[i]?.line.text ?? '') === undefined) ?? aboveMeta.at(-1);
  }
  const lastNavigation = head.findLastIndex((entry, i) => (entry.kind === 'navigation' || entry.kind === 'slogan') && i < (candidates.at(-1) ?? 0));
  return candidates.find((i) => i > lastNavigation) ?? candidates[0];
}

/**
 * A metadata line with a label (来源:…, 责任编辑:…). A date alone closing a report is its 落款,
 * the report's own words, not the page's.
 */
function isLabelledMeta(text: string): boolean {
  return parseMetaLine(text) !== undefined && parsePrintedDate(text) === undefined;
}

/**
 * Where the page's tail begins: navigation, editor lines, the neighbours' titles, the footer;
 * and the heading of related articles or comments it begins at, if any.
 */
function findTail(lines: readonly SourceLine[]): { end: number; related?: SourceLine } {
  let end = lines.length;
  // Everything from a "related articles" heading after the report's last sentence is the site's.
  const lastSentence = lines.findLastIndex((line) => isBodyLike(line.text) && !isTailLine(line.text));
  const related = lines.findIndex((line, i) => i > lastSentence && isRelatedHeading(line.text));
  if (related >= 0) end = related;
  while (end > 0) {
    const text = lines[end - 1]?.text ?? '';
    if (!isNavigationLine(text) && !isTailLine(text) && !isLabelledMeta(withoutLeadingTools(text)) && !breadcrumbSegments(text)) break;
    end -= 1;
  }
  return related >= 0 ? { end, related: lines[related]! } : { end };
}

const MIN_MENU_RUN = 3;
const MAX_MENU_ITEM = 6;
const isMenuItem = (text: string) => [...text].length <= MAX_MENU_ITEM && /^\p{Script=Han}+$/u.test(text);

/** Marks runs of three or more menu items, one a line (a site's menu saved from <li>s). */
function menuRuns(items: readonly boolean[]): boolean[] {
  const marked = items.map(() => false);
  for (let start = 0; start < items.length; ) {
    let end = start;
    while (items[end] === true) end += 1;
    if (end - start >= MIN_MENU_RUN) marked.fill(true, start, end);
    start = Math.max(end, start + 1);
  }
  return marked;
}

/** What the page says of itself, wherever its lines stand: metadata and a slogan naming the site. */
interface PageFacts {
  meta: PageMeta;
  sloganSite?: string | undefined;
}

/** Splits a copied page (plain text) into chrome, header, and one or more reports. */
export function readPage(text: string, hints: PageHints = {}): PageLayout {
  const { lines, glossesRemoved } = toSourceLines(text);
  const crumbs = new Set(lines.flatMap((line) => breadcrumbSegments(line.text) ?? []));
  const { end, related } = findTail(lines);
  const facts: PageFacts = { meta: {} };
  const head = readHead(lines, end, crumbs);
  // head[k] is lines[k]: an index into one is an index into the other.
  const titleAt = findTitle(head, hints) ?? 0;
  const droppedHead = readAboveTitle(head.slice(0, titleAt), facts);
  const { first, bodyAt, captionNext } = readHeader(lines, titleAt, end, crumbs, facts);
  const body = bodyLines(lines.slice(bodyAt, end), captionNext);
  // A page may print its source and editor under the report: read them after the head's own.
  for (const line of lines.slice(end)) addMeta(facts.meta, line.text);
  const sloganSite = facts.sloganSite;
  return {
    meta: facts.meta,
    ...(sloganSite === undefined ? {} : { sloganSite }),
    reports: splitReports(first, body),
    glossesRemoved,
    droppedHead,
    ...(related === undefined ? {} : { droppedTail: { heading: related, lines: lines.length - lines.indexOf(related) } }),
  };
}

/** Adds what a metadata line says, keeping what an earlier line said. */
function addMeta(meta: PageMeta, text: string): void {
  const lineMeta = parseMetaLine(text) ?? {};
  Object.assign(meta, Object.fromEntries(Object.entries(lineMeta).filter(([key]) => !(key in meta))));
}

/** The head: every line above the first sentence of the body, classified. */
function readHead(lines: readonly SourceLine[], end: number, crumbs: ReadonlySet<string>): { line: SourceLine; kind: HeadLine }[] {
  const head: { line: SourceLine; kind: HeadLine }[] = [];
  for (const line of lines.slice(0, end)) {
    const kind = classifyHeadLine(line.text, crumbs);
    if (kind === 'candidate' && isBodyLike(line.text)) break;
    head.push({ line, kind });
  }
  return head;
}

/** Reads the metadata and slogan above the title; returns the other lines there, left out as the site's header. */
function readAboveTitle(above: readonly { line: SourceLine; kind: HeadLine }[], facts: PageFacts): SourceLine[] {
  const menu = menuRuns(above.map(({ line, kind }) => kind === 'navigation' || (kind === 'candidate' && isMenuItem(line.text))));
  const dropped: SourceLine[] = [];
  above.forEach(({ line, kind }, k) => {
    if (kind === 'slogan') facts.sloganSite = siteOfSlogan(line.text);
    else if (kind === 'meta') addMeta(facts.meta, line.text);
    else if (kind === 'candidate' && !menu[k]) dropped.push(line);
  });
  return dropped;
}

/**
 * The first report's title, subtitle and byline, from the title on, skipping chrome and reading
 * metadata among them; stops at the first line that is none of these, where the body begins.
 */
function readHeader(lines: readonly SourceLine[], from: number, end: number, crumbs: ReadonlySet<string>, facts: PageFacts) {
  const first: RawReport = { title: [], body: [] };
  let captionNext = false;
  let i = from;
  for (; i < end; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const { text: lineText } = line;
    const site = siteOfSlogan(lineText);
    if (site !== undefined) {
      facts.sloganSite = site;
      continue;
    }
    if (isNavigationLine(lineText) || breadcrumbSegments(lineText) || crumbs.has(lineText)) continue;
    if (isImageFileLine(lineText)) {
      captionNext = true;
      continue;
    }
    if (parseMetaLine(lineText) !== undefined) {
      addMeta(facts.meta, lineText);
      continue;
    }
    if (first.title.length === 0 && !captionNext && !isBodyLike(lineText)) {
      first.title.push(line);
      continue;
    }
    if (first.title.length > 0 && first.subtitle === undefined && SUBTITLE.test(lineText) && !isBodyLike(lineText)) {
      first.subtitle = line;
      continue;
    }
    const names = captionNext ? undefined : parseByline(lineText);
    if (first.title.length > 0 && first.byline === undefined && names !== undefined) {
      first.byline = { names, line };
      continue;
    }
    break;
  }
  return { first, bodyAt: i, captionNext };
}

/** The body's lines, each image's caption marked (the line after an image file name, unless it reads as text). */
function bodyLines(lines: readonly SourceLine[], captionFirst: boolean): BodyLine[] {
  const body: BodyLine[] = [];
  let captionNext = captionFirst;
  for (const line of lines) {
    if (isImageFileLine(line.text)) {
      captionNext = true;
      continue;
    }
    const caption = captionNext && !isBodyLike(line.text);
    captionNext = false;
    body.push({ ...line, caption });
  }
  return body;
}

/** The first report, and each further report the body holds, opening with its own title block. */
function splitReports(first: RawReport, body: readonly BodyLine[]): RawReport[] {
  const starts = findTitleBlocks(body);
  const reports: RawReport[] = [{ ...first, body: body.slice(0, starts[0] ?? body.length) }];
  starts.forEach((start, k) => {
    const blockEnd = body.findIndex((line, j) => j > start && parsePrintedDate(line.text) !== undefined);
    const next = starts[k + 1] ?? body.length;
    reports.push({ ...readTitleBlock(body.slice(start, blockEnd + 1)), body: body.slice(blockEnd + 1, next) });
  });
  return reports;
}
