import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip, constants } from 'node:zlib';
import { runLimited } from '../lib/run-limited.ts';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|wasm)$/;
/** Below this size a .gz saves less than the round trip to look it up. */
const MIN_BYTES = 512;
const IN_FLIGHT = 8;

/**
 * Writes a maximally compressed .gz beside every text file of the built site, so a server with
 * gzip_static (nginx) or an object store sends it without compressing on every request.
 * Run it once the search index is written: it must see those files too.
 */
export async function precompressSite(root: string, logger: { info(line: string): void }): Promise<void> {
  let files = 0;
  let before = 0;
  let after = 0;
  // Reads and writes are synchronous: for thousands of small files an asynchronous one is several
  // thread-pool round trips, and the pool's threads are better spent compressing.
  const compress = async (path: string) => {
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) return;
    const packed = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${path}.gz`, packed);
    files++;
    before += data.length;
    after += packed.length;
  };
  const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  // zlib runs on libuv's thread pool: several files at once use every core.
  await runLimited(paths, IN_FLIGHT, compress);
  logger.info(`${files} files gzipped: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
}
