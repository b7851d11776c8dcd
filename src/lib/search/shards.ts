/**
 * How the site's pages are split into separate Pagefind indexes ("shards") that the search page
 * merges. Shards are built in separate processes, so a large site indexes on every core with
 * bounded memory, and a shard whose pages did not change is reused as it was.
 */

/** One Pagefind bundle: its folder under /pagefind/ and the pages it indexes. */
export interface Shard<Page extends { url: string }> {
  name: string;
  pages: Page[];
}

/** The shard holding every page that is not a report, and Pagefind's runtime for the search page. */
export const PRIMARY_SHARD = 'site';

/**
 * No shard holds more report pages than this: Pagefind's memory grows with the pages of one
 * run, to about 0.9 MB a page while it writes the index (12 GB for 10,000 reports in one), and
 * two shards index at once on two cores. With 1,500, a 10,000-report build peaked at 3.96 GB.
 */
export const MAX_SHARD_PAGES = 1200;

/**
 * Report pages per shard while the site is small enough: a rebuild after one edit indexes one
 * shard again, serially, so the shard's size sets the rebuild's indexing time.
 */
export const TARGET_SHARD_PAGES = 300;

/** No more shards than this merely to keep them small: each is another request per query. */
export const MAX_SMALL_SHARDS = 8;

const REPORT_PAGE = /^\/reports\/[^/]+\//;

/** FNV-1a: a stable, evenly spread number for a URL, the same in every build. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Report pages go to `reports-1` … `reports-K` by a hash of the report's URL, so editing one
 * report changes one report shard and the rest are reused. A report's other pages (its
 * Simplified twin) hash as the report: apart, an edit made two shards stale.
 * K grows with the site (one shard per 300 report pages up to eight, then one per 1,200), so
 * adding reports now and then reshuffles them; editing does not.
 */
export function planShards<Page extends { url: string }>(pages: readonly Page[]): Shard<Page>[] {
  const reports = pages.filter((page) => REPORT_PAGE.test(page.url));
  const site = pages.filter((page) => !REPORT_PAGE.test(page.url));
  const count = Math.max(1, Math.ceil(reports.length / MAX_SHARD_PAGES), Math.min(Math.ceil(reports.length / TARGET_SHARD_PAGES), MAX_SMALL_SHARDS));
  const shards: Shard<Page>[] = [{ name: PRIMARY_SHARD, pages: site }];
  for (let i = 1; i <= count; i++) shards.push({ name: `reports-${i}`, pages: [] });
  for (const page of reports) shards[1 + (fnv1a(REPORT_PAGE.exec(page.url)![0]) % count)]!.pages.push(page);
  return shards.filter((shard) => shard.name === PRIMARY_SHARD || shard.pages.length > 0);
}
