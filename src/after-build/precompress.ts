import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip, constants } from 'node:zlib';
import { runLimited } from '../lib/run-limited.ts';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|wasm)$/;
/** Below this size a .gz saves less than the round trip to look it up. */
const MIN_BYTES = 512;
const IN_FLIGHT = 8;

/**
 * Writes a maximally compressed .gz beside every text file of the built site, so a server with
 * gzip_static (nginx) or an object store sends it without compressing on every request.
 * Run it once the search index is written: it must see those files too. A file whose bytes are
 * those of the same file in `reuseFrom` (the site being replaced) takes that site's .gz: after
 * one edited report nearly every file is unchanged, and level 9 cost about 1 s per 1,000 reports.
 */
export async function precompressSite(root: string, logger: { info(line: string): void }, options: { reuseFrom?: string } = {}): Promise<void> {
  let files = 0;
  let reused = 0;
  let before = 0;
  let after = 0;
  // Reads and writes are synchronous: for thousands of small files an asynchronous one is several
  // thread-pool round trips, and the pool's threads are better spent compressing.
  const compress = async (path: string) => {
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) return;
    const previous = options.reuseFrom ? previousGzip(data, join(options.reuseFrom, relative(root, path))) : undefined;
    const packed = previous ?? (await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }));
    writeFileSync(`${path}.gz`, packed);
    files++;
    if (previous) reused++;
    before += data.length;
    after += packed.length;
  };
  const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  // zlib runs on libuv's thread pool: several files at once use every core.
  await runLimited(paths, IN_FLIGHT, compress);
  const kept = reused > 0 ? `（${reused} 个沿用上次的 / ${reused} kept from the last build）` : '';
  logger.info(`${files} files gzipped: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB${kept}`);
}

/** The .gz of the replaced site's file at `previousPath`, when that file had exactly these bytes. */
function previousGzip(data: Buffer, previousPath: string): Buffer | undefined {
  try {
    if (!readFileSync(previousPath).equals(data)) return undefined;
    const packed = readFileSync(`${previousPath}.gz`);
    // Taken only if it unpacks to these bytes: unpacking is a small part of packing at level 9.
    return gunzipSync(packed).equals(data) ? packed : undefined;
  } catch {
    return undefined; // a new file, a site without it, or a damaged .gz: compress
  }
}
