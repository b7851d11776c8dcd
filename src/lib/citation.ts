/** What a citation needs to know about the cited work. */
export interface CitableWork {
  title: string;
  /** Persons or bodies responsible; the publisher when no author is named. */
  authors: string[];
  /** Publication date: YYYY-MM-DD or YYYY-MM. A chart's is the date of its data (chartWork). */
  date: string;
  /** Name of the site that serves the cited page. */
  container: string;
  /**
   * Address of the cited page (with #p-N for a paragraph): absolute where the site's address is
   * configured, else a path from the site's root that the page completes from the address it is
   * served at (completeWork).
   */
  url: string;
  /** Date the reader accessed it, YYYY-MM-DD: filled in by the page when read, never at build time. */
  accessed?: string | undefined;
  /** Paragraph number, when one paragraph is cited. */
  paragraph?: number | undefined;
  /** A report (the default) or a chart the site drew from reports. */
  kind?: 'report' | 'chart' | undefined;
  /** The reports a chart's numbers come from, newest first. */
  sources?: readonly CitedSource[] | undefined;
}

export interface CitedSource {
  title: string;
  date: string;
}

/**
 * A stretch of a citation that the page fills in when it is read: the address (absolute from the
 * address the page is served at) and the access date (the reader's today).
 */
export interface CitationSlot {
  slot: 'url' | 'accessed';
  text: string;
}

export type CitationPart = string | CitationSlot;

/** What GB/T 7714 prints where the access date goes until the page fills it in. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/**
 * GB/T 7714-2015 for an electronic resource: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 访问路径.
 * Chinese names are joined with a comma; more than three authors become "等". A chart adds the
 * reports its numbers come from.
 */
export function gbt7714Parts(work: CitableWork): CitationPart[] {
  const names = work.authors.length > 3 ? [...work.authors.slice(0, 3), '等'] : work.authors;
  const responsible = names.join(', ');
  const part = work.paragraph ? `: 第${work.paragraph}段` : '';
  const sources = work.sources?.length ? ` 数据来源: ${work.sources.map((s) => `《${s.title}》(${s.date})`).join('; ')}.` : '';
  return [
    `${responsible}. ${work.title}[EB/OL]${part}. (${work.date})[`,
    { slot: 'accessed', text: work.accessed ?? ACCESS_DATE_PLACEHOLDER },
    ']. ',
    { slot: 'url', text: work.url },
    `.${sources}`,
  ];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * APA 7th edition, group or person author as written: Author. (2021, July 26). Title [Report].
 * Site. URL. A chart the site drew names no site apart from its author (APA leaves out a site
 * name that repeats the author) and ends with the reports its data come from.
 */
export function apaParts(work: CitableWork): CitationPart[] {
  const names = work.authors.length > 0 ? joinApaAuthors(work.authors) : work.container;
  const end = names.endsWith('.') ? '' : '.';
  const part = work.paragraph ? ` (para. ${work.paragraph})` : '';
  const kind = work.kind === 'chart' ? 'Chart' : 'Report';
  const site = names === work.container ? '' : ` ${work.container}.`;
  const sources = work.sources?.length ? `. Data from ${joinApaList(work.sources.map((s) => `《${s.title}》 (${apaDate(s.date)})`))}.` : '';
  return [`${names}${end} (${apaDate(work.date)}). ${work.title} [${kind}]${part}.${site} `, { slot: 'url', text: work.url }, sources];
}

/** The parts as plain text. */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

export const formatGbt7714 = (work: CitableWork): string => citationText(gbt7714Parts(work));
export const formatApa = (work: CitableWork): string => citationText(apaParts(work));

/** 2021-07-26 → 2021, July 26; 2020-09 → 2020, September. */
function apaDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [year, monthName && (day ? `${monthName} ${Number(day)}` : monthName)].filter(Boolean).join(', ');
}

function joinApaAuthors(authors: readonly string[]): string {
  if (authors.length === 1) return authors[0]!;
  if (authors.length === 2) return `${authors[0]}, & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

function joinApaList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/**
 * The work as the reader cites it now: a path completed from the address the page is served at
 * (`origin`, location.origin), and today's date as the access date. An absolute URL (the site's
 * configured address) is kept; a page opened from a file (origin "null") keeps its path.
 */
export function completeWork(work: CitableWork, origin: string, today: string): CitableWork {
  return { ...work, url: absoluteUrl(work.url, origin), accessed: today };
}

/** A path from the site's root made absolute on `origin`; anything else as it is. */
export function absoluteUrl(url: string, origin: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || !/^https?:\/\/[^/]+$/.test(origin)) return url;
  return `${origin}${url}`;
}

/** YYYY-MM-DD of a moment in the reader's own time zone (toISOString would give UTC's, a day off before 08:00 in China). */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
