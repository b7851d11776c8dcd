/**
 * The site's public address (LAOQU_SITE). Without one, nothing is invented: pages carry root
 * paths (/reports/…/), citations are completed by the page from the address it is served at, and
 * what needs an absolute address by its nature (canonical, og:url, the sitemap, the feed) is left out.
 */

/** The line the build prints once when no address is set. */
export const NO_ADDRESS_NOTE =
  '未设置网站地址 LAOQU_SITE：页面不写 canonical 与 og:url，不生成 sitemap 与 RSS；引文与嵌入代码按读者打开网页时的地址补全。' +
  '正式发布前请设置，例如 LAOQU_SITE=https://your.domain npm run build / ' +
  'LAOQU_SITE is not set: pages carry no canonical link or og:url, no sitemap or feed is written, and citations and embed codes take the address the pages are served from. ' +
  'Set it before publishing, e.g. LAOQU_SITE=https://your.domain npm run build';

/**
 * Reads LAOQU_SITE: an http(s) origin such as https://laoqu.cn (a trailing slash is dropped), or
 * undefined when empty. Anything else is refused with what to write instead: every address
 * the pages link is a root path, so a site under a sub-path could not be served as built.
 */
export function readSiteAddress(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `LAOQU_SITE=${text} 不是网站地址：应写作 https://域名（可带端口，不带路径），例如 LAOQU_SITE=https://laoqu.cn / ` +
        `LAOQU_SITE=${text} is not a site address: write https://domain (a port may follow, no path), e.g. LAOQU_SITE=https://laoqu.cn`,
    );
  }
  return url.origin;
}

/** An address a reader can open: absolute on the site's address when it is known, else the path from the site's root. */
export function siteUrl(site: URL | string | undefined): (path: string) => string {
  return (path) => (site ? new URL(path, site).href : path);
}
