import { readFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { readReportFile, type ReportFile } from '../lib/content/report-file.ts';
import { markSourcesJson } from './figure-marks.ts';
import { createRenderQueue, renderContext } from './render-pool.ts';
import { renderedFilePath, hasRendered, removeRendered } from './rendered-file.ts';
import { readReportSource, reportEntries } from './report-source.ts';

/** Bump when renderReport's output changes, so cached entries are rendered again. */
const RENDER_VERSION = '14';

/**
 * Loads content/reports/*.md with our own Markdown pipeline (sanitised, paragraph anchors,
 * Simplified twin) instead of Astro's, and validates with bilingual, line-precise messages.
 * Unchanged files keep their cached render: the digest covers the source and the renderer version.
 * Reports render while the rest are still being read and checked (see render-pool.ts).
 */
export function reportsLoader(options: { base: string; figures: string; geo: string }): Loader {
  return {
    name: 'laoqu-reports',
    async load({ store, config, generateDigest, parseData, logger }) {
      const root = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const dir = resolve(root, options.base);
      const listed = reportEntries(dir, options.base);
      if (listed.problem) throw new ContentError([listed.problem]);
      const problems: Problem[] = [];
      const seen = new Map<string, string>();
      const figuresDir = resolve(root, options.figures);
      const figureFiles = new Set(await readdir(figuresDir).catch(() => [] as string[]));
      const setup = { reportsDir: dir, figuresDir, geoDir: resolve(root, options.geo), site: config.site };
      const context = await renderContext(setup);
      // The data every render depends on, hashed once: hashing its megabytes (the national
      // region list among them) into each report's digest took 1.6 s of this thread at 1,000 reports.
      const chartsDigest = generateDigest(context.charts.inputs);
      const sitesDigest = generateDigest(context.sites.inputs);
      const entries = new Map<string, { report: ReportFile; file: string; digest: string; previousFile: string | undefined }>();
      let rendered = 0;
      const renders = createRenderQueue(setup, context, join(root, 'src/loaders/render-worker.ts'), async (job, summary) => {
        const { report, file, digest, previousFile } = entries.get(job.slug)!;
        entries.delete(job.slug);
        if (previousFile !== job.renderedFile) await removeRendered(previousFile);
        const entry = { ...report.data, slug: report.slug, ...summary, renderedFile: job.renderedFile };
        const data = await parseData({ id: report.slug, data: entry, filePath: file });
        // Neither the Markdown body nor the HTML nor the paragraphs go into the store (see rendered-file.ts).
        // Deleted first: the store keeps an entry whose digest is unchanged, and a render again
        // (of a damaged or moved cache entry) has the same digest but a new file.
        store.delete(report.slug);
        store.set({ id: report.slug, data, filePath: file, digest });
        rendered++;
      });
      try {
        for (const entry of listed.entries) {
          const file = relative(root, join(dir, entry.name));
          const read = readOneReport(entry, dir, file, seen, problems);
          // Once a file is refused the build will stop: read on for every problem, render no more.
          if (!read || problems.length > 0) continue;
          const { report, source } = read;
          const ownFigures = figureFiles.has(`${report.slug}.json`) ? readFileSync(join(figuresDir, `${report.slug}.json`), 'utf8') : '[]';
          // Figures filed under another report that this one states too (alsoIn) are marked here as well.
          const figuresJson = markSourcesJson(ownFigures, context.charts.citing(report.slug));
          // A report with a chart depends on every figure the chart may draw, not only its own; and
          // a report with figures gets the charts that draw them (lib/charts/placement.ts).
          const chartInputs = report.body.includes('::chart{') || figuresJson !== '[]' ? chartsDigest : '';
          const digest = generateDigest(RENDER_VERSION + source + figuresJson + chartInputs + sitesDigest + context.regions.inputsFor(report.slug));
          const renderedFile = renderedFilePath(cacheDir, report.slug, digest);
          const cached = store.get(report.slug);
          // A cache entry is used only when the file it names is the one this build would write
          // (not one under a cache folder since moved) and is there, whole (rendered-file.ts).
          if (cached?.digest === digest && renderedFileOf(cached.data) === renderedFile && hasRendered(renderedFile, renderedBytesOf(cached.data))) continue;
          entries.set(report.slug, { report, file, digest, previousFile: renderedFileOf(cached?.data) });
          await renders.add({ slug: report.slug, body: report.body, script: report.data.script, figuresJson, renderedFile });
        }
        if (problems.length > 0) throw new ContentError(problems);
        await renders.finish();
      } finally {
        await renders.close();
      }
      await forgetRemoved(store, seen);
      logger.info(`${listed.entries.length} reports, ${rendered} rendered, ${listed.entries.length - rendered} from cache`);
    },
  };
}

/**
 * One report file read and validated, its slug claimed in `seen`; or undefined, its problems
 * added to `problems`. Only regular UTF-8 files (report-source.ts), read synchronously, as the
 * loop that calls this feeds the render workers.
 */
function readOneReport(entry: Dirent, dir: string, file: string, seen: Map<string, string>, problems: Problem[]): { report: ReportFile; source: string } | undefined {
  const read = readReportSource(entry, dir, file);
  if (read.source === undefined) {
    problems.push(...read.problems);
    return undefined;
  }
  const { report, problems: found } = readReportFile(file, read.source);
  problems.push(...found);
  if (!report) return undefined;
  const clash = seen.get(report.slug);
  if (clash) {
    problems.push({
      file,
      field: 'slug',
      message: `网址 /reports/${report.slug}/ 已被 ${clash} 使用 / the slug is already used by ${clash}`,
      fix: '改文件名或 slug 字段 / rename the file or set a different slug',
    });
    return undefined;
  }
  seen.set(report.slug, file);
  return { report, source: read.source };
}

/** Entries, and their rendered files, of reports whose files are gone. */
async function forgetRemoved(store: DataStore, seen: ReadonlyMap<string, string>): Promise<void> {
  for (const id of store.keys()) {
    if (seen.has(id)) continue;
    await removeRendered(renderedFileOf(store.get(id)?.data));
    store.delete(id);
  }
}

function renderedFileOf(data: Record<string, unknown> | undefined): string | undefined {
  return typeof data?.['renderedFile'] === 'string' ? data['renderedFile'] : undefined;
}

function renderedBytesOf(data: Record<string, unknown> | undefined): number | undefined {
  return typeof data?.['renderedBytes'] === 'number' ? data['renderedBytes'] : undefined;
}
