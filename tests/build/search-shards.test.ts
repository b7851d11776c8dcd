import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/after-build/search-index.ts';
import type { SearchSiteData } from '../../src/lib/search/site-data.ts';
import { fixture } from '../fixture-site.ts';

// A few pages of the built test site, indexed, then indexed again: unchanged shards must be
// reused and a changed page must be searched in its new form.
const dist = fixture.dist;
const work = mkdtempSync(join(tmpdir(), 'laoqu-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const reportSlugs = readdirSync(join(dist, 'reports'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .slice(0, 3);
const indicator = readdirSync(join(dist, 'data'), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
const pages = ['index.html', 'reports/index.html', `data/${indicator}/index.html`, ...reportSlugs.map((slug) => `reports/${slug}/index.html`)];

function siteCopy(name: string): string {
  const out = join(work, name);
  for (const page of pages) {
    mkdirSync(dirname(join(out, page)), { recursive: true });
    cpSync(join(dist, page), join(out, page));
  }
  return out;
}

async function index(out: string, reuseFrom?: string) {
  const lines: string[] = [];
  await buildSearchIndex(out, { info: (line) => lines.push(line) }, { root: process.cwd(), reuseFrom });
  const data = JSON.parse(readFileSync(join(out, 'pagefind/laoqu-search.json'), 'utf8')) as SearchSiteData;
  return { log: lines.join('\n'), data };
}

/** The text Pagefind's result excerpt for a page is cut from. */
function indexedContent(out: string, url: string): string {
  for (const shard of readdirSync(join(out, 'pagefind'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = join(out, 'pagefind', shard.name, 'fragment');
    for (const name of readdirSync(dir)) {
      const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string };
      if (fragment.url === url) return fragment.content.replaceAll('\u200B', '');
    }
  }
  return '';
}

describe('sharded search index', () => {
  it('indexes site pages and reports in separate bundles that the search page merges', async () => {
    const out = siteCopy('first');
    const { data } = await index(out);
    expect(data.shards[0]).toBe('site/');
    expect(data.shards).toContain('reports-1/');
    expect(readdirSync(join(out, 'pagefind/site'))).toContain('pagefind.js');
    expect(readdirSync(join(out, 'pagefind/reports-1'))).not.toContain('pagefind.js');
    expect(Object.values(data.pages).map((page) => page.u).sort()).toEqual([`/data/${indicator}/`, ...reportSlugs.map((slug) => `/reports/${slug}/`)].sort());
  }, 120_000);

  it('reuses every shard when nothing changed, and re-indexes only the shard of a changed report', async () => {
    const first = join(work, 'first');
    const same = siteCopy('same');
    expect((await index(same, first)).log).toMatch(/0 to index, 2 reused/);

    const changed = siteCopy('changed');
    const page = join(changed, `reports/${reportSlugs[0]}/index.html`);
    const marker = '编者补记：基准测试新增的段落。';
    writeFileSync(page, readFileSync(page, 'utf8').replace('<p id="p-1">', `<p>${marker}</p><p id="p-1">`));
    const { log, data } = await index(changed, same);
    expect(log).toMatch(/1 to index, 1 reused/);
    expect(log).toContain('reports-1');
    expect(indexedContent(changed, `/reports/${reportSlugs[0]}/`)).toContain(marker);
    expect(indexedContent(same, `/reports/${reportSlugs[0]}/`)).not.toContain(marker);
    expect(Object.keys(data.pages).length).toBe(1 + reportSlugs.length);
    expect(readFileSync(join(changed, 'pagefind/site/pagefind-entry.json'), 'utf8')).toBe(readFileSync(join(same, 'pagefind/site/pagefind-entry.json'), 'utf8'));
  }, 120_000);
});
