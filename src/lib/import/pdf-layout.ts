/**
 * The text of a PDF's pages → the text a reader would have copied: lines in reading order (top
 * to bottom, left to right), running headers, footers and page numbers left out, and the lines
 * a paragraph wraps onto (across pages too) joined again, one paragraph per line. A paragraph
 * whose first line is indented keeps an indent, as a copied page does.
 */

/** One run of text on a page, in PDF units (y grows upwards). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

/** A page's size and text. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

// Han characters, CJK punctuation and full-width forms: text set without spaces between words.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
const PAGE_NUMBER =
  /^[-—–－~·\s]*(?:第\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*页?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－~·\s]*$/iu;
// Items of one line may sit a little above or below each other (superscripts, mixed fonts).
const SAME_LINE = 0.4;
// A space the PDF draws between two Latin words, as a share of the font size.
const WORD_GAP = 0.2;
// How far from the right margin a line may end and still run on into the next line.
const FULL_LINE = 1.5;
// How far right of the left margin a line must start to open a paragraph (a first-line indent).
const INDENT = 0.8;
const SIZE_CHANGE = 0.15;
const PARAGRAPH_GAP = 1.8;
const RUNNING_LINES_PER_SIDE = 2;

function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > WORD_GAP * item.size && /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(item.text)) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  // Spaces beside Chinese text are typesetting (the gap a layout puts between 年 and 2021), not
  // characters of the report; between two Latin words a space stays.
  return text
    .replace(/\s+/gu, ' ')
    .replace(/ /gu, (space, offset: number, whole: string) => (CJK.test(whole.charAt(offset - 1)) || CJK.test(whole.charAt(offset + 1)) ? '' : space))
    .trim();
}

function linesOfPage(page: PdfPage, pageIndex: number): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= SAME_LINE * Math.max(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.flatMap((group) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    const text = joinItems(sorted);
    const first = sorted[0];
    if (text === '' || first === undefined) return [];
    return [{
      text,
      x0: first.x,
      x1: Math.max(...sorted.map((item) => item.x + item.width)),
      y: first.y,
      size: Math.max(...sorted.map((item) => item.size)),
      page: pageIndex,
    }];
  });
}

const runningKey = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, '');

/**
 * Leaves out running headers and footers (a line that opens or closes two or more pages, page
 * numbers aside) and page numbers.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const edgeKeys = new Map<string, Set<number>>();
  pages.forEach((lines, page) => {
    for (const line of [...lines.slice(0, RUNNING_LINES_PER_SIDE), ...lines.slice(-RUNNING_LINES_PER_SIDE)]) {
      const key = runningKey(line.text);
      edgeKeys.set(key, (edgeKeys.get(key) ?? new Set()).add(page));
    }
  });
  const isRunning = (line: Line) =>
    PAGE_NUMBER.test(line.text) || (pages.length > 1 && (edgeKeys.get(runningKey(line.text))?.size ?? 0) >= 2);
  return pages.map((lines) => {
    let start = 0;
    let end = lines.length;
    for (let n = 0; n < RUNNING_LINES_PER_SIDE && start < end && isRunning(lines[start] as Line); n += 1) start += 1;
    for (let n = 0; n < RUNNING_LINES_PER_SIDE && end > start && isRunning(lines[end - 1] as Line); n += 1) end -= 1;
    return lines.slice(start, end);
  });
}

function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Lays out a PDF's text as one paragraph per line. */
export function layOutPdfText(pages: readonly PdfPage[]): string {
  const lines = withoutRunningLines(pages.map(linesOfPage)).flat();
  const size = mode(lines.map((line) => line.size)) ?? 12;
  const left = mode(lines.map((line) => line.x0)) ?? 0;
  // Justified lines end at the right margin; the longest line of body text shows where it is.
  const right = Math.max(...lines.filter((line) => Math.abs(line.size - size) <= SIZE_CHANGE * size).map((line) => line.x1));
  const spacing = median(lines.slice(1).flatMap((line, i) => {
    const previous = lines[i];
    return previous && previous.page === line.page && previous.y > line.y ? [previous.y - line.y] : [];
  })) ?? size * 1.5;
  const offSize = (line: Line) => Math.abs(line.size - size) > SIZE_CHANGE * size;
  const indented = (line: Line) => line.x0 > left + INDENT * size;

  const paragraphs: { text: string; indented: boolean }[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const opens =
      previous === undefined ||
      offSize(line) ||
      offSize(previous) ||
      previous.x1 < right - FULL_LINE * size ||
      indented(line) ||
      (previous.page === line.page && previous.y - line.y > PARAGRAPH_GAP * spacing);
    const current = paragraphs.at(-1);
    if (opens || current === undefined) paragraphs.push({ text: line.text, indented: indented(line) });
    else current.text += /[A-Za-z0-9]$/u.test(current.text) && /^[A-Za-z0-9]/u.test(line.text) && !/\d$/u.test(current.text) ? ` ${line.text}` : line.text;
    previous = line;
  }
  return paragraphs.map((p) => (p.indented ? `\u3000\u3000${p.text}` : p.text)).join('\n');
}
