import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from './site.ts';

/** Every HTML file of the built site, as its URL path. */
function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
    return name.endsWith('.html') ? [`/${relative(dist, path)}`] : [];
  });
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(join(dist, file), 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHtml(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

function decodeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a URL path is served from, as a static host resolves it. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [clean, join(clean, 'index.html')]) {
    try {
      if (statSync(join(dist, candidate)).isFile()) return candidate;
    } catch {
      /* try the next form */
    }
  }
  return undefined;
}

describe('links in the built site', () => {
  it('resolve every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      const base = new URL(page.replace(/index\.html$/, ''), 'http://site.invalid');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decodeHtml(match[1]!);
        if (/^(https?:)?\/\//.test(raw) && !raw.startsWith('http://site.invalid')) continue; // outside links are the reports' own
        if (/^(mailto|data|javascript):/.test(raw)) continue;
        const url = new URL(raw, base);
        const file = url.pathname === base.pathname && raw.startsWith('#') ? page.slice(1) : fileFor(url.pathname);
        if (!file) {
          broken.push(`${page} → ${raw} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(`${page} → ${raw} (no #${anchor} there)`);
      }
    }
    expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
  });
});
