import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';
import { loadReports } from './reports/_load.ts';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** RFC 822 date for RSS; a month-only date is taken as the first of the month. */
const rssDate = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00+08:00`).toUTCString();

/** RSS 2.0 of every report, newest first, with the editor's summary as description. */
export const GET: APIRoute = async ({ site }) => {
  const { reports } = await loadReports();
  const home = new URL('/', site).href;
  const items = reports
    .map((report) => {
      const url = new URL(`/reports/${report.slug}/`, site).href;
      return `<item><title>${escapeXml(report.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid><pubDate>${rssDate(report.date)}</pubDate><dc:creator>${escapeXml(report.publisher)}</dc:creator><description>${escapeXml(report.summary)}</description></item>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${escapeXml(siteConfig.title)}</title><link>${home}</link><description>${escapeXml(siteConfig.description)}</description><language>zh-cn</language>
<atom:link href="${new URL('/feed.xml', site).href}" rel="self" type="application/rss+xml"/>
${items}
</channel></rss>`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
