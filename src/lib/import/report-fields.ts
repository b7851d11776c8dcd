/**
 * Which printed line gives a report's date, publisher and source site. Only what the page
 * prints is taken, word for word; a field the page does not print is left for the editor.
 */
import { parseByline, parseSignature } from './byline.ts';
import type { PageLayout, RawReport } from './page.ts';
import { parsePrintedDate } from './page-meta.ts';

/** Where a field's value was read. */
export type FieldOrigin = 'meta' | 'title-block' | 'closing' | 'author' | 'byline' | 'issuer' | 'source' | 'document-title' | 'slogan';

/** A value as printed, with where it was read. */
export interface PrintedValue {
  value: string;
  origin: FieldOrigin;
}

// A closing signature or 落款 stands in the last lines of a report: a body's name, then perhaps a date.
const CLOSING_LINES = 3;

/** The 落款 of a report: the body signing it and the date under it, as printed in its last lines. */
export function readClosing(report: RawReport): { signer?: string; date?: string } {
  const last = report.body.slice(-CLOSING_LINES).map((line) => line.text);
  const closing: { signer?: string; date?: string } = {};
  for (const text of last) {
    const date = parsePrintedDate(text);
    if (date !== undefined) closing.date = date;
    const signer = parseSignature(text) ?? (parseByline(text)?.length === 1 ? text : undefined);
    if (signer !== undefined) closing.signer = signer;
  }
  return closing;
}

/** The report's date: the page's date line for the first report, the title block's, else the 落款's. */
export function chooseDate(report: RawReport, page: PageLayout, isFirst: boolean): PrintedValue | undefined {
  const own = report.dateLine ? parsePrintedDate(report.dateLine.text) : undefined;
  const pageDate = page.meta.date;
  if (isFirst && pageDate !== undefined) return { value: pageDate, origin: 'meta' };
  if (own !== undefined) return { value: own, origin: 'title-block' };
  const closing = readClosing(report).date;
  if (closing !== undefined) return { value: closing, origin: 'closing' };
  return pageDate === undefined ? undefined : { value: pageDate, origin: 'meta' };
}

/**
 * The publisher as the page prints it: a body named as author (作者:), under the title, as the
 * page's 发布单位, or signing the report; else the page's 来源, which the editor must confirm.
 * A person named as author is an author, not the publisher.
 */
export function choosePublisher(report: RawReport, page: PageLayout, isFirst: boolean): PrintedValue | undefined {
  const author = isFirst ? page.meta.author : undefined;
  if (author !== undefined && parseByline(author) !== undefined) return { value: author, origin: 'author' };
  if (report.byline) return { value: report.byline.line.text, origin: 'byline' };
  if (isFirst && page.meta.issuer !== undefined) return { value: page.meta.issuer, origin: 'issuer' };
  const signer = readClosing(report).signer;
  if (signer !== undefined) return { value: signer, origin: 'closing' };
  return page.meta.source === undefined ? undefined : { value: page.meta.source, origin: 'source' };
}

const TITLE_SEPARATOR = /\s*(?:[-_|—–－｜]+|::)\s*/u;
const MAX_SITE_NAME = 30;

/**
 * The site's name in a page's own title, which content systems write as "report title - site"
 * (or the other way round): the one part that is not the report's title.
 */
export function siteNameFromTitle(documentTitle: string | undefined, reportTitle: string): string | undefined {
  if (documentTitle === undefined || reportTitle === '') return undefined;
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  const title = squeeze(reportTitle);
  const parts = documentTitle.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  const others = parts.filter((part) => !title.includes(squeeze(part)) && !squeeze(part).includes(title));
  const [site] = others;
  return others.length === 1 && parts.length > 1 && site !== undefined && [...site].length <= MAX_SITE_NAME ? site : undefined;
}

/** The site or publication that carried the report. */
export function chooseSourceSite(page: PageLayout, siteName: string | undefined): PrintedValue | undefined {
  if (siteName !== undefined) return { value: siteName, origin: 'document-title' };
  if (page.meta.source !== undefined) return { value: page.meta.source, origin: 'source' };
  return page.sloganSite === undefined ? undefined : { value: page.sloganSite, origin: 'slogan' };
}
