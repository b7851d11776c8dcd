/**
 * Reads a copied page into its parts: the site's chrome (dropped), the page header (title,
 * metadata, subtitle, byline), the report body, and further reports the page holds, each
 * opening with its own title block (title, byline, date line), as the 003 page does.
 */
import { breadcrumbSegments, isBlankLine, isImageFileLine, isNavigationLine, siteOfSlogan } from './chrome.ts';
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

/** Splits a copied page (plain text) into chrome, header, and one or more reports. */
export function readPage(text: string): PageLayout {
  const { lines, glossesRemoved } = toSourceLines(text);
  const crumbs = new Set(lines.flatMap((line) => breadcrumbSegments(line.text) ?? []));
  const meta: PageMeta = {};
  let sloganSite: string | undefined;
  const first: RawReport = { title: [], body: [] };

  // The trailer: navigation, editor lines and blanks after the last sentence of the report.
  let end = lines.length;
  while (end > 0) {
    const text = lines[end - 1]?.text ?? '';
    if (!isNavigationLine(text) && parseMetaLine(text) === undefined) break;
    end -= 1;
  }

  let i = 0;
  let captionNext = false;
  for (; i < end; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const { text: lineText } = line;
    const site = siteOfSlogan(lineText);
    if (site !== undefined) {
      sloganSite = site;
      continue;
    }
    if (isNavigationLine(lineText) || breadcrumbSegments(lineText) || crumbs.has(lineText)) continue;
    if (isImageFileLine(lineText)) {
      captionNext = true;
      continue;
    }
    const lineMeta = parseMetaLine(lineText);
    if (lineMeta !== undefined) {
      Object.assign(meta, Object.fromEntries(Object.entries(lineMeta).filter(([key]) => !(key in meta))));
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

  const rest: BodyLine[] = [];
  for (; i < end; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (isImageFileLine(line.text)) {
      captionNext = true;
      continue;
    }
    const caption = captionNext && !isBodyLike(line.text);
    captionNext = false;
    rest.push({ ...line, caption });
  }

  const starts = findTitleBlocks(rest);
  const reports: RawReport[] = [{ ...first, body: rest.slice(0, starts[0] ?? rest.length) }];
  starts.forEach((start, k) => {
    const blockEnd = rest.findIndex((line, j) => j > start && parsePrintedDate(line.text) !== undefined);
    const next = starts[k + 1] ?? rest.length;
    reports.push({ ...readTitleBlock(rest.slice(start, blockEnd + 1)), body: rest.slice(blockEnd + 1, next) });
  });

  return { meta, ...(sloganSite === undefined ? {} : { sloganSite }), reports, glossesRemoved };
}
