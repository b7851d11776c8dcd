import { readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportParagraph } from '../lib/markdown/render.ts';

/**
 * A report's rendered HTML lives in a file of its own in the build cache, not in Astro's content
 * store: the store is written into one JavaScript module that the bundler parses whole, and with
 * the HTML in it that module grew by 45 KB a report (450 MB at 10,000 reports). The paragraphs'
 * text stays out of the store for the same reason: it is the whole report again, and only the
 * few reports that figures or region pages cite are asked for it.
 */
export interface RenderedHtml {
  html: string;
  /** The Simplified twin of a Traditional report. */
  htmlSimplified?: string | undefined;
  /** Numbered paragraphs of the body; paragraph n has the anchor #p-n. */
  paragraphs: ReportParagraph[];
}

export function renderedFilePath(cacheDir: string, slug: string, digest: string): string {
  return join(cacheDir, 'laoqu-rendered', `${slug}.${digest}.json`);
}

export async function writeRendered(path: string, rendered: RenderedHtml): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, JSON.stringify(rendered));
}

export function hasRendered(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

export async function removeRendered(path: string | undefined): Promise<void> {
  if (path) await rm(path, { force: true });
}

/** Read when the report's page is built; a missing file means the cache was cleared mid-build. */
export async function readRendered(path: string): Promise<RenderedHtml> {
  try {
    // Synchronously: one small file per page, where an asynchronous read is four thread-pool
    // round trips (they were the largest item of page generation's profile).
    return JSON.parse(readFileSync(path, 'utf8')) as RenderedHtml;
  } catch (error) {
    throw new Error(
      `找不到报告的渲染结果 ${path}，请重新构建 / rendered report missing (${(error as Error).message}); build again`,
    );
  }
}
