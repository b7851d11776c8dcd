// Builds one Pagefind bundle (a shard) from a list of built pages. Run as its own process by
// search-index.ts, so shards index on separate cores and each Pagefind run's memory ends with it.
// Input: a ShardJob as JSON on stdin. Output: the bundle and its manifest in job.bundleDir.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { runLimited } from '../lib/run-limited.ts';
import { CharacterSet } from '../lib/search/character-set.ts';
import { makeIndexDocument, type IndexDocument } from '../lib/search/index-document.ts';
import { decodeFragment, encodeFragment, restoreFragment } from '../lib/search/restore-fragment.ts';
import { toSimplified } from '../lib/script-convert.ts';

export interface ShardJob {
  name: string;
  /** Folder the bundle is written to (dist/pagefind/<name>). */
  bundleDir: string;
  /** Write Pagefind's runtime (pagefind.js, its worker and WebAssembly) too: the primary shard only. */
  runtime: boolean;
  /** What the build that made this shard was made of; stored so a later build can reuse it. */
  key: string;
  /** `digest` is the SHA-1 of the page's bytes, or '' when the shard is to work it out itself. */
  pages: { url: string; file: string; digest: string }[];
}

/** What a shard indexed, kept beside its bundle: the search page's data is made from these. */
export interface ShardManifest {
  key: string;
  /** URL → digest of the built page the shard indexed; a later build reuses the shard when all match. */
  inputs: Record<string, string>;
  pages: PageFacts[];
  /** Every character that went into the index, for the search page's folding table. */
  characters: string;
}

export interface PageFacts {
  /** Pagefind's page id (its fragment's name). */
  id: string;
  url: string;
  title: string;
  traditional: boolean;
  filters: Record<string, string[]>;
  date?: string;
}

export const MANIFEST_FILE = 'laoqu-shard.json';

/**
 * A built page's digest in a shard's manifest. The build hashes pages to compare them with a
 * previous shard, and a shard hashes those it was not given: both must use this one.
 */
export function pageDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

const RUNTIME_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
// The search page uses Pagefind's JS API only; its ready-made UIs would be dead weight in dist/.
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
// Pagefind indexes in its own process: keep a few pages in flight so it works while this one
// prepares the next, instead of the two taking turns.
const IN_FLIGHT = 8;
const FILES_WRITTEN_AT_ONCE = 8;

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`搜索索引构建失败：${what} / search index failed: ${what}\n  ${errors.join('\n  ')}`);
}

export async function indexShard(job: ShardJob): Promise<ShardManifest> {
  try {
    // One language for every page: Pagefind would otherwise split zh-Hans and zh-Hant pages into
    // separate indexes that a search page never sees together.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index || errors.length > 0) fail('Pagefind 无法启动 / could not start', errors);
    const { documents, characters, digests } = await addPages(index, job.pages);
    const manifest: ShardManifest = {
      key: job.key,
      inputs: Object.fromEntries(job.pages.map((page) => [page.url, digests.get(page.url)!])),
      pages: [],
      characters: characters.sorted().join(''),
    };
    if (documents.size === 0) return manifest;

    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) fail('写出索引 / writing the index', fileErrors);
    // Pagefind's process still holds the whole index (0.9 GB for 1,400 pages); it is not needed
    // while the fragments are restored and written.
    await pagefind.close();
    manifest.pages = await writeIndexFiles(files, job, documents);
    if (manifest.pages.length !== documents.size) {
      fail(`${documents.size} 页送入索引，只有 ${manifest.pages.length} 页写出 / ${documents.size} pages indexed, ${manifest.pages.length} written`, []);
    }
    return manifest;
  } finally {
    await pagefind.close();
  }
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Hands the shard's pages to Pagefind as rewritten for the index (index-document.ts), and keeps
 * what is needed once Pagefind has written them: each page's metadata, the characters of the
 * font subset, and each page's digest for the next build's reuse.
 */
async function addPages(index: PagefindIndex, pages: ShardJob['pages']) {
  const documents = new Map<string, IndexDocument>();
  const characters = new CharacterSet();
  const inFlight = new Set<Promise<void>>();
  const digests = new Map<string, string>();
  for (const page of pages) {
    // Synchronously: an asynchronous read of a small file is four thread-pool round trips.
    const bytes = readFileSync(page.file);
    digests.set(page.url, page.digest || pageDigest(bytes));
    const document = makeIndexDocument(bytes.toString('utf8'), page.url, toSimplified);
    if (!document) continue;
    characters.add(document.indexedText);
    const adding = index.addHTMLFile({ url: page.url, content: document.html }).then((added) => {
      if (added.errors.length > 0) fail(page.url, added.errors);
    });
    // Only the metadata and the character stream are needed later.
    documents.set(page.url, { ...document, html: '', indexedText: '' });
    inFlight.add(adding);
    adding.finally(() => inFlight.delete(adding)).catch(() => {}); // the rejection is seen by race/all below
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { documents, characters, digests };
}

/**
 * Writes Pagefind's files into the shard's bundle, each page's fragment restored to the text a
 * reader should see (restoreFragment), and returns the pages in Pagefind's order, whatever order
 * the writes finished in: the manifest is compared between builds and read by the search page.
 */
async function writeIndexFiles(
  files: readonly { path: string; content: Uint8Array }[],
  job: ShardJob,
  documents: ReadonlyMap<string, IndexDocument>,
): Promise<ShardManifest['pages']> {
  const pages: ShardManifest['pages'] = [];
  const folders = new Map<string, Promise<unknown>>();
  await runLimited(files, FILES_WRITTEN_AT_ONCE, async (file) => {
    const path = file.path.split(sep).join('/');
    if (UNUSED_FILES.test(path) || (!job.runtime && RUNTIME_FILES.test(path))) return;
    let content = file.content;
    const fragmentName = /^fragment\/(.+)\.pf_fragment$/.exec(path);
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
      pages.push({
        id: fragmentName[1]!,
        url: fragment.url,
        title: restored.meta['title'] ?? fragment.url,
        traditional: Boolean(document.stream),
        filters: fragment.filters,
        ...(document.sort['date'] ? { date: document.sort['date'] } : {}),
      });
    }
    const target = join(job.bundleDir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await writeFile(target, content);
  });
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

if (import.meta.main) {
  try {
    const job = JSON.parse(await readStdin()) as ShardJob;
    const manifest = await indexShard(job);
    await mkdir(job.bundleDir, { recursive: true });
    // Written last: a bundle without its manifest is never taken for a finished one.
    await writeFile(join(job.bundleDir, MANIFEST_FILE), JSON.stringify(manifest));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
