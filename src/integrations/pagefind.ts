import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildFoldTable } from '../lib/search/fold-table.ts';
import { makeIndexDocument, type IndexDocument } from '../lib/search/index-document.ts';
import { decodeFragment, encodeFragment, restoreFragment } from '../lib/search/restore-fragment.ts';
import type { SearchSiteData } from '../lib/search/site-data.ts';
import { toSimplified } from '../lib/script-convert.ts';

// The search page uses Pagefind's JS API only; its ready-made UIs would be dead weight in dist/.
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
// Facets the search page shows, in this order; other filters still work through the API.
const FACET_ORDER = ['type', 'region', 'publisher', 'year'];

/**
 * Builds the Pagefind index after `astro build` (Starlight does the same from its
 * integrations/pagefind.ts). All pages go into one Chinese index; Traditional pages are indexed
 * in Simplified and shown in their own script. Any error stops the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'laoqu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`搜索索引构建失败：${what} / search index failed: ${what}\n  ${errors.join('\n  ')}`);
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(root, path).startsWith(`pagefind${sep}`))
    .sort();
}

/** /reports/x/index.html → /reports/x/ (the site is built with trailing slashes). */
function urlOf(root: string, file: string): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundleDir = join(outDir, 'pagefind');
  await rm(bundleDir, { recursive: true, force: true });
  try {
    // One language for every page: Pagefind would otherwise split zh-Hans and zh-Hant pages into
    // separate indexes that a search page never sees together.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index || errors.length > 0) fail('Pagefind 无法启动 / could not start', errors);

    const documents = new Map<string, IndexDocument>();
    const corpus = new Set<string>();
    // Pagefind indexes in its own process: keep a few pages in flight so it works while this
    // process prepares the next ones, instead of the two taking turns.
    const inFlight = new Set<Promise<void>>();
    for (const file of await htmlFiles(outDir)) {
      const url = urlOf(outDir, file);
      const document = makeIndexDocument(await readFile(file, 'utf8'), url, toSimplified);
      if (!document) continue;
      for (const char of document.indexedText) corpus.add(char);
      const adding = index.addHTMLFile({ url, content: document.html }).then((added) => {
        if (added.errors.length > 0) fail(url, added.errors);
      });
      // Only the metadata and the character stream are needed later; holding every page's HTML
      // and text until the index is written ran a 10,000-report build out of memory.
      documents.set(url, { ...document, html: '', indexedText: '' });
      inFlight.add(adding);
      adding.finally(() => inFlight.delete(adding)).catch(() => {}); // the rejection is seen by race/all below
      if (inFlight.size >= 8) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (documents.size === 0) fail('没有页面标记 data-pagefind-body / no page marks data-pagefind-body', []);

    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) fail('写出索引 / writing the index', fileErrors);
    const facetValues = new Map<string, Set<string>>();
    const pageFacts: { id: string; url: string; title: string; traditional: boolean; filters: Record<string, string[]>; date?: string | undefined }[] = [];
    for (const file of files) {
      if (UNUSED_BUNDLE_FILES.test(file.path)) continue;
      let content = file.content;
      const fragmentName = /^fragment\/(.+)\.pf_fragment$/.exec(file.path.split(sep).join('/'));
      if (fragmentName) {
        const fragment = decodeFragment(file.content);
        const document = documents.get(fragment.url);
        if (!document) fail(`索引里多出一页 / unexpected page in the index: ${fragment.url}`, []);
        let restored = fragment;
        try {
          restored = restoreFragment(fragment, document);
        } catch (error) {
          fail(fragment.url, [(error as Error).message]);
        }
        content = encodeFragment(restored);
        const title = restored.meta['title'] ?? fragment.url;
        pageFacts.push({ id: fragmentName[1]!, url: fragment.url, title, traditional: Boolean(document.stream), filters: fragment.filters, date: document.sort['date'] });
        for (const [name, values] of Object.entries(fragment.filters)) {
          const known = facetValues.get(name) ?? new Set();
          for (const value of values) known.add(value);
          facetValues.set(name, known);
        }
      }
      const target = join(bundleDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    if (pageFacts.length !== documents.size) {
      fail(`${documents.size} 页送入索引，只有 ${pageFacts.length} 页写出 / ${documents.size} pages indexed, ${pageFacts.length} written`, []);
    }

    const facets: Record<string, string[]> = {};
    const names = [...facetValues.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of names) {
      const values = [...facetValues.get(name)!];
      facets[name] = name === 'year' ? values.sort().reverse() : values.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    }
    const data: SearchSiteData = { version: 1, fold: buildFoldTable(corpus, toSimplified), facets, pages: {} };
    for (const page of pageFacts) {
      const f: Record<string, number[]> = {};
      for (const [name, values] of Object.entries(page.filters)) f[name] = values.map((value) => facets[name]!.indexOf(value));
      data.pages[page.id] = { u: page.url, t: page.title, f, ...(page.date ? { d: page.date } : {}), ...(page.traditional ? { l: 'zh-Hant' } : {}) };
    }
    await writeFile(join(bundleDir, 'laoqu-search.json'), JSON.stringify(data));
    logger.info(`${documents.size} 页已编入搜索索引 / pages indexed (${Math.round(performance.now() - started)} ms)`);
  } finally {
    await pagefind.close();
  }
}

function rank(facet: string): number {
  const i = FACET_ORDER.indexOf(facet);
  return i < 0 ? FACET_ORDER.length : i;
}
