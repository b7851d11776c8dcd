/**
 * What a built page needs from its own site: the stylesheets, scripts, images, downloads and
 * pages it names. The build checks each exists before the site is published (a build that lost
 * _astro/ once published pages without their CSS and JS, and said ✓).
 *
 * A report's own body is left out: it is the publisher's text, and a link it copied from the
 * page it came from (/news/123.html) is theirs to keep, not a file the build forgot.
 */
import { decodeHTMLAttribute } from 'entities';

// As the build writes them: lower case, quoted (a case-insensitive pattern took three times as long).
const ATTRIBUTE = /\s(href|src|srcset|poster)=(?:"([^"]*)"|'([^']*)')/g;
const REPORT_BODY = /<report-body[\s>][\s\S]*?<\/report-body>/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
// Static imports and import() of a bundled module, as the bundler writes them.
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
const ORIGIN = 'https://site.invalid';

/** Paths on the site (decoded, e.g. /_astro/a.css, /reports/x/) that a page at `pageUrl` references. */
export function pageReferences(html: string, pageUrl: string): string[] {
  const found = new Set<string>();
  for (const match of html.replace(REPORT_BODY, '').matchAll(ATTRIBUTE)) {
    const value = decodeHTMLAttribute(match[2] ?? match[3] ?? '');
    const urls = match[1] === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls) addLocal(found, url, pageUrl);
  }
  return [...found];
}

/** Paths a stylesheet at `cssUrl` loads (fonts, images). */
export function cssReferences(css: string, cssUrl: string): string[] {
  const found = new Set<string>();
  for (const match of css.matchAll(CSS_URL)) addLocal(found, match[1] ?? match[2] ?? match[3] ?? '', cssUrl);
  return [...found];
}

/** Modules a bundled script at `scriptUrl` imports from beside it. */
export function scriptReferences(js: string, scriptUrl: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(JS_IMPORT)) addLocal(found, match[1]!, scriptUrl);
  return [...found];
}

// A plain path from the root (most references) is its own pathname; URL parsing every one took
// most of the check's time.
const PLAIN_PATH = /^\/(?![/\\])(?:[^\\?#%\s.]|\.(?![./]|$))*$/;

function addLocal(found: Set<string>, raw: string, base: string): void {
  if (raw === '' || raw.startsWith('#') || raw.startsWith('data:')) return;
  if (PLAIN_PATH.test(raw)) {
    found.add(raw);
    return;
  }
  let url: URL;
  try {
    url = new URL(raw, ORIGIN + base);
  } catch {
    return;
  }
  if (url.origin !== ORIGIN) return;
  try {
    found.add(decodeURIComponent(url.pathname));
  } catch {
    found.add(url.pathname);
  }
}

