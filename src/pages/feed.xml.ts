import type { APIRoute } from 'astro';
import { rssFeed } from '../lib/feed.ts';
import { siteConfig } from '../site.config.ts';
import { loadReports } from './reports/_reports.ts';

/**
 * RSS 2.0 of every report, newest first, with the editor's summary as description. Feed readers
 * need absolute links, so without the site's address (LAOQU_SITE) there is no feed: a response
 * without a body is a file Astro does not write, and no page links to it then.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const { reports } = await loadReports();
  const xml = rssFeed(
    { title: siteConfig.title, link: new URL('/', site).href, description: siteConfig.description, self: new URL('/feed.xml', site).href },
    reports.map((report) => ({
      title: report.title,
      link: new URL(`/reports/${report.slug}/`, site).href,
      date: report.date,
      creator: report.publisher,
      description: report.summary,
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
