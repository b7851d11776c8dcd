/** What a citation needs to know about the cited work. */
export interface CitableWork {
  title: string;
  /** Persons or bodies responsible; the publisher when no author is named. */
  authors: string[];
  /** Publication date: YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** Name of the site that serves the cited page. */
  container: string;
  /** Full URL of the cited page (with #p-N for a paragraph). */
  url: string;
  /** Date the reader accessed it, YYYY-MM-DD. */
  accessed: string;
  /** Paragraph number, when one paragraph is cited. */
  paragraph?: number;
}

/**
 * GB/T 7714-2015 for an electronic resource: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 访问路径.
 * Chinese names are joined with a comma; more than three authors become "等".
 */
export function formatGbt7714(work: CitableWork): string {
  const names = work.authors.length > 3 ? [...work.authors.slice(0, 3), '等'] : work.authors;
  const responsible = names.join(', ');
  const part = work.paragraph ? `: 第${work.paragraph}段` : '';
  return `${responsible}. ${work.title}[EB/OL]${part}. (${work.date})[${work.accessed}]. ${work.url}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7th edition, group or person author as written: Author. (2021, July 26). Title [Report]. Site. URL */
export function formatApa(work: CitableWork): string {
  const names = work.authors.length > 0 ? joinApaAuthors(work.authors) : work.container;
  const [year, month, day] = work.date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const when = [year, monthName && (day ? `${monthName} ${Number(day)}` : monthName)].filter(Boolean).join(', ');
  const part = work.paragraph ? ` (para. ${work.paragraph})` : '';
  const end = names.endsWith('.') ? '' : '.';
  return `${names}${end} (${when}). ${work.title} [Report]${part}. ${work.container}. ${work.url}`;
}

function joinApaAuthors(authors: string[]): string {
  if (authors.length === 1) return authors[0]!;
  if (authors.length === 2) return `${authors[0]}, & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}
