import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip, constants } from 'node:zlib';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|wasm)$/;
/** Below this size a .gz saves less than the round trip to look it up. */
const MIN_BYTES = 512;
const IN_FLIGHT = 8;

/**
 * Writes a maximally compressed .gz beside every text file of the built site, so a server with
 * gzip_static (nginx) or an object store sends it without compressing on every request.
 * Run it last: it must see what the search index wrote.
 */
export async function precompressSite(root: string, logger: { info(line: string): void }): Promise<void> {
  let files = 0;
  let before = 0;
  let after = 0;
  const compress = async (path: string) => {
    const data = await readFile(path);
    if (data.length < MIN_BYTES) return;
    const packed = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
    await writeFile(`${path}.gz`, packed);
    files++;
    before += data.length;
    after += packed.length;
  };
  // zlib runs on libuv's thread pool: several files at once use every core.
  const inFlight = new Set<Promise<void>>();
  for await (const path of walk(root)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const task = compress(path).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  logger.info(`${files} files gzipped: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) yield* walk(path);
    else yield path;
  }
}
