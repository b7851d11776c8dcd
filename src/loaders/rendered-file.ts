import { readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A report's rendered HTML lives in a file of its own in the build cache, not in Astro's content
 * store: the store is written into one JavaScript module that the bundler parses whole, and with
 * the HTML in it that module grew by 45 KB a report (450 MB at 10,000 reports). What the site
 * needs of the paragraphs (where each figure and region statement stands, the sites they name)
 * is worked out while rendering and kept in the store entry, so the file holds the HTML alone.
 */
export interface RenderedHtml {
  html: string;
  /** The Simplified twin of a Traditional report. */
  htmlSimplified?: string | undefined;
}

export function renderedFilePath(cacheDir: string, slug: string, digest: string): string {
  return join(cacheDir, 'laoqu-rendered', `${slug}.${digest}.json`);
}

const made = new Set<string>();

/**
 * Writes the file whole or not at all (a temporary file renamed into place): a build killed
 * mid-write must not leave a truncated entry that a later build takes for a good one.
 * Returns its size, which the loader keeps to recognise a damaged entry.
 */
export async function writeRendered(path: string, rendered: RenderedHtml): Promise<number> {
  const folder = join(path, '..');
  // Made once a thread: a recursive mkdir for each of 1,000 reports showed in the workers'
  // profile. Made again should it vanish while a dev server runs.
  if (!made.has(folder)) {
    await mkdir(folder, { recursive: true });
    made.add(folder);
  }
  const bytes = Buffer.from(JSON.stringify(rendered));
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, bytes).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, bytes);
  });
  await rename(temporary, path);
  return bytes.length;
}

/**
 * Whether the cache holds the rendered file, whole: a file that is missing, or not the size it
 * was written at (truncated, emptied, overwritten), is rendered again.
 */
export function hasRendered(path: string, bytes: number | undefined): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats !== undefined && stats.isFile() && stats.size === bytes;
}

export async function removeRendered(path: string | undefined): Promise<void> {
  if (path) await rm(path, { force: true });
}

/**
 * Read when the report's page is built. The loader has checked the file's size; should it still
 * not read (damaged in place, or removed mid-build), it is deleted, so the next build renders
 * it again instead of failing on it for ever.
 */
export async function readRendered(path: string): Promise<RenderedHtml> {
  try {
    // Synchronously: one small file per page, where an asynchronous read is four thread-pool
    // round trips (they were the largest item of page generation's profile).
    return JSON.parse(readFileSync(path, 'utf8')) as RenderedHtml;
  } catch (error) {
    rmSync(path, { force: true });
    throw new Error(
      `报告的渲染缓存 ${path} 缺失或已损坏，已将其删除，再构建一次即会重新渲染 / the cached rendering ${path} is missing or damaged (${(error as Error).message}); it has been removed, and the next build renders it again`,
    );
  }
}
