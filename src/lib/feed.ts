/**
 * The site's RSS 2.0 feed, as text. Hand-written rather than @astrojs/rss: that helper escapes
 * each field once for XML and leaves a description to be HTML, which is what every reader takes
 * it for; our fields are plain text, so a summary reading "<img src=x onerror=…>" would reach a
 * reader as markup. Here a description is escaped as HTML and then as XML, and characters XML
 * does not allow (which made the whole feed unreadable) are left out of every field.
 */
import { escapeUTF8 } from 'entities';

export interface FeedChannel {
  title: string;
  /** The site's home page. */
  link: string;
  description: string;
  /** The feed's own address (atom:link rel="self"). */
  self: string;
}

export interface FeedItem {
  title: string;
  link: string;
  /** YYYY-MM-DD or YYYY-MM, in China's time zone. */
  date: string;
  creator: string;
  /** Plain text. */
  description: string;
}

// Every character outside XML 1.0's Char production: controls other than tab, line feed and
// carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data or an attribute value: well-formed whatever it holds. */
export function escapeXml(text: string): string {
  return escapeUTF8(text.replace(NOT_XML, ''));
}

/** Plain text as the HTML a feed reader expects in <description>, then escaped for XML. */
export function escapeFeedHtml(text: string): string {
  return escapeXml(escapeXml(text));
}

/** RFC 822 date for RSS; a month-only date is taken as the first of the month. */
export function rssDate(date: string): string {
  return new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00+08:00`).toUTCString();
}

export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="true">${escapeXml(item.link)}</guid>` +
        `<pubDate>${rssDate(item.date)}</pubDate><dc:creator>${escapeXml(item.creator)}</dc:creator><description>${escapeFeedHtml(item.description)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link><description>${escapeFeedHtml(channel.description)}</description><language>zh-cn</language>
<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>
${entries}
</channel></rss>`;
}
