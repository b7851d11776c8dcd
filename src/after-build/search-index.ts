import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { runLimited } from '../lib/run-limited.ts';
import { buildFoldTable } from '../lib/search/fold-table.ts';
import { planShards, PRIMARY_SHARD, type Shard } from '../lib/search/shards.ts';
import type { SearchSiteData } from '../lib/search/site-data.ts';
import { toSimplified } from '../lib/script-convert.ts';
import { MANIFEST_FILE, pageDigest, type ShardJob, type ShardManifest } from './search-shard.ts';

// Facets the search page shows, in this order; other filters still work through the API.
const FACET_ORDER = ['type', 'region', 'publisher', 'year'];
// The module a shard process runs: with every module it imports, and the versions of the
// packages they use, it is what a shard's output depends on besides the pages.
const SHARD_ENTRY = 'src/after-build/search-shard.ts';
const IMPORT = /(?:^|\n)\s*import\s[^;]*?from\s+'([^']+)'/g;
// A shard process holds Pagefind's whole index for its pages; more than this many at once
// would trade the memory bound for little speed on the machines this builds on.
const MAX_PARALLEL_SHARDS = 4;
const PAGES_HASHED_AT_ONCE = 16;

export interface SearchIndexOptions {
  /** The project root, where the indexer's sources are. */
  root: string;
  /** A previous build whose shards may be reused when their pages are unchanged. */
  reuseFrom?: string | undefined;
}

/** Where progress lines go: the build prints them, a test keeps them. */
export interface ProgressLog {
  info(line: string): void;
}

function fail(what: string, errors: readonly string[] = []): never {
  throw new Error(`搜索索引构建失败：${what} / search index failed: ${what}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`);
}

async function htmlPages(root: string): Promise<{ url: string; file: string }[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(root, path).startsWith(`pagefind${sep}`))
    .sort()
    .map((file) => ({ url: urlOf(root, file), file }));
}

/** /reports/x/index.html → /reports/x/ (the site is built with trailing slashes). */
function urlOf(root: string, file: string): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}


/**
 * The files whose change makes every shard stale: the shard's entry module, the project modules
 * it imports (followed to the end), and the package.json of each package they import. Read from
 * the imports rather than listed by hand: a hand list missed the HTML tokenizer and OpenCC.
 */
export async function indexerSources(root: string): Promise<string[]> {
  const sources = new Set<string>();
  const visit = async (file: string) => {
    if (sources.has(file)) return;
    sources.add(file);
    for (const [, specifier] of (await readFile(join(root, file), 'utf8')).matchAll(IMPORT)) {
      if (specifier!.startsWith('.')) await visit(join(dirname(file), specifier!));
      else if (!specifier!.startsWith('node:')) sources.add(join('node_modules', packageName(specifier!), 'package.json'));
    }
  };
  await visit(SHARD_ENTRY);
  return [...sources].sort();
}

/** 'opencc-js/t2cn' → 'opencc-js', '@scope/pkg/x' → '@scope/pkg'. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

async function indexerKey(root: string): Promise<string> {
  const hash = createHash('sha1');
  for (const source of await indexerSources(root)) hash.update(source).update(await readFile(join(root, source)));
  return hash.digest('hex');
}

/**
 * The previous build's shard, when it was made by the same indexer from the same pages. Pages
 * are hashed only for a shard that could be reused: a cold build hashes none here (each shard
 * hashes the pages it reads anyway), which saved reading the whole site once more.
 */
async function reusable(job: ShardJob, previousDir: string): Promise<ShardManifest | undefined> {
  const manifest = await readFile(join(previousDir, MANIFEST_FILE), 'utf8').then(
    (text) => JSON.parse(text) as ShardManifest,
    () => undefined,
  );
  if (!manifest || manifest.key !== job.key) return undefined;
  if (Object.keys(manifest.inputs).length !== job.pages.length || !job.pages.every((page) => page.url in manifest.inputs)) return undefined;
  // A few files at a time: reading all 11,000 pages of a 10,000-report site at once held 0.9 GB.
  await runLimited(job.pages, PAGES_HASHED_AT_ONCE, async (page) => {
    page.digest = pageDigest(await readFile(page.file));
  });
  return job.pages.every((page) => manifest.inputs[page.url] === page.digest) ? manifest : undefined;
}

function runShard(job: ShardJob, root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, SHARD_ENTRY)], {
      cwd: root,
      stdio: ['pipe', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `${job.name}: exit ${code}`))));
    child.stdin.end(JSON.stringify(job));
  });
}

/**
 * Builds the search index of a built site (Starlight does the same after `astro build`, from its
 * integrations/pagefind.ts): all pages go into Chinese Pagefind bundles under /pagefind/, which
 * the search page merges. Traditional pages are indexed in Simplified and shown in their own
 * script. Any error stops the build.
 */
export async function buildSearchIndex(outDir: string, logger: ProgressLog, options: SearchIndexOptions): Promise<void> {
  const started = performance.now();
  const bundleRoot = join(outDir, 'pagefind');
  await rm(bundleRoot, { recursive: true, force: true });
  const key = await indexerKey(options.root);

  // Digests are filled in where a shard may be reused (see `reusable`), else by the shard.
  const pages: ShardJob['pages'] = (await htmlPages(outDir)).map((page) => ({ ...page, digest: '' }));
  const shards: Shard<ShardJob['pages'][number]>[] = planShards(pages);
  const jobs: ShardJob[] = shards.map((shard) => ({
    name: shard.name,
    bundleDir: join(bundleRoot, shard.name),
    runtime: shard.name === PRIMARY_SHARD,
    key,
    pages: shard.pages,
  }));

  const toBuild: ShardJob[] = [];
  let reused = 0;
  for (const job of jobs) {
    const previous = options.reuseFrom && join(options.reuseFrom, 'pagefind', job.name);
    if (previous && (await reusable(job, previous))) {
      await cp(previous, job.bundleDir, { recursive: true, filter: (source) => !source.endsWith('.gz') });
      reused++;
    } else {
      toBuild.push(job);
    }
  }
  toBuild.sort((a, b) => b.pages.length - a.pages.length);
  const parallel = Math.max(1, Math.min(availableParallelism(), MAX_PARALLEL_SHARDS));
  logger.info(`${jobs.length} 个索引分片，${toBuild.length} 个需重建，${reused} 个沿用 / ${jobs.length} shards: ${toBuild.length} to index, ${reused} reused (${parallel} at a time)`);
  await runLimited(toBuild, parallel, async (job) => {
    const shardStarted = performance.now();
    await runShard(job, options.root);
    logger.info(`  ${job.name}: ${job.pages.length} 页 / pages (${Math.round(performance.now() - shardStarted)} ms)`);
  });

  const manifests: ShardManifest[] = [];
  for (const job of jobs) {
    const text = await readFile(join(job.bundleDir, MANIFEST_FILE), 'utf8').catch(() => fail(`${job.name}: 分片未写完 / shard not finished`));
    manifests.push(JSON.parse(text) as ShardManifest);
  }
  const pageCount = await writeSiteData(bundleRoot, jobs, manifests);
  logger.info(`${pageCount} 页已编入搜索索引 / pages indexed (${Math.round(performance.now() - started)} ms)`);
}

/** Writes laoqu-search.json: the shards to merge, the folding table, facets and each page's result line. */
async function writeSiteData(bundleRoot: string, jobs: ShardJob[], manifests: ShardManifest[]): Promise<number> {
  const pages = manifests.flatMap((manifest) => manifest.pages);
  if (pages.length === 0) fail('没有页面标记 data-pagefind-body / no page marks data-pagefind-body');
  const primary = manifests[jobs.findIndex((job) => job.name === PRIMARY_SHARD)];
  if (!primary || primary.pages.length === 0) fail(`${PRIMARY_SHARD}: 没有可索引的页面 / the primary shard indexed no page`);

  const facetValues = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [name, values] of Object.entries(page.filters)) {
      const known = facetValues.get(name) ?? new Set();
      for (const value of values) known.add(value);
      facetValues.set(name, known);
    }
  }
  const facets: Record<string, string[]> = {};
  const names = [...facetValues.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of names) {
    const values = [...facetValues.get(name)!];
    facets[name] = name === 'year' ? values.sort().reverse() : values.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  }
  const characters = new Set(manifests.flatMap((manifest) => [...manifest.characters]));
  const data: SearchSiteData = {
    version: 2,
    shards: jobs.filter((_, i) => manifests[i]!.pages.length > 0).map((job) => `${job.name}/`),
    fold: buildFoldTable(characters, toSimplified),
    facets,
    pages: {},
  };
  for (const page of pages) {
    const f: Record<string, number[]> = {};
    for (const [name, values] of Object.entries(page.filters)) f[name] = values.map((value) => facets[name]!.indexOf(value));
    data.pages[page.id] = { u: page.url, t: page.title, f, ...(page.date ? { d: page.date } : {}), ...(page.traditional ? { l: 'zh-Hant' } : {}) };
  }
  await writeFile(join(bundleRoot, 'laoqu-search.json'), JSON.stringify(data));
  return pages.length;
}

function rank(facet: string): number {
  const i = FACET_ORDER.indexOf(facet);
  return i < 0 ? FACET_ORDER.length : i;
}
