import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { readReportFile } from '../lib/content/report-file.ts';
import { runLimited } from '../lib/run-limited.ts';
import { createRenderPool } from './render-pool.ts';
import { renderedFilePath, hasRendered, removeRendered, writeRendered } from './rendered-file.ts';
import { reportChartContext } from './report-charts.ts';

/** Reports handed to the render workers at once: enough to keep them busy, few enough to bound memory. */
const RENDERS_IN_FLIGHT = 16;

interface Pending {
  report: NonNullable<ReturnType<typeof readReportFile>['report']>;
  file: string;
  digest: string;
  renderedFile: string;
  figuresJson: string;
  previousFile: string | undefined;
}

/** Bump when renderReport's output changes, so cached entries are rendered again. */
const RENDER_VERSION = '5';

/**
 * Loads content/reports/*.md with our own Markdown pipeline (sanitised, paragraph anchors,
 * Simplified twin) instead of Astro's, and validates with bilingual, line-precise messages.
 * Unchanged files keep their cached render: the digest covers the source and the renderer version.
 */
export function reportsLoader(options: { base: string; figures: string }): Loader {
  return {
    name: 'laoqu-reports',
    async load({ store, config, generateDigest, parseData, logger }) {
      const root = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const dir = resolve(root, options.base);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      const problems: Problem[] = [];
      const seen = new Map<string, string>();
      const toRender: Pending[] = [];
      const figuresDir = resolve(root, options.figures);
      const charts = await reportChartContext({ reportsDir: dir, figuresDir, site: config.site ? new URL(config.site) : undefined });
      for (const name of files) {
        const path = join(dir, name);
        const file = relative(root, path);
        const source = await readFile(path, 'utf8');
        const { report, problems: found } = readReportFile(file, source);
        problems.push(...found);
        if (!report) continue;
        const clash = seen.get(report.slug);
        if (clash) {
          problems.push({
            file,
            field: 'slug',
            message: `网址 /reports/${report.slug}/ 已被 ${clash} 使用 / the slug is already used by ${clash}`,
            fix: '改文件名或 slug 字段 / rename the file or set a different slug',
          });
          continue;
        }
        seen.set(report.slug, file);
        const figuresJson = await readFile(resolve(root, options.figures, `${report.slug}.json`), 'utf8').catch(() => '[]');
        // A report with a chart depends on every figure the chart may draw, not only its own.
        const chartInputs = report.body.includes('::chart{') ? charts.inputs : '';
        const digest = generateDigest(RENDER_VERSION + source + figuresJson + chartInputs);
        const renderedFile = renderedFilePath(cacheDir, report.slug, digest);
        const cached = store.get(report.slug);
        if (cached?.digest === digest && (await hasRendered(renderedFile))) continue;
        toRender.push({ report, file, digest, renderedFile, figuresJson, previousFile: renderedFileOf(cached?.data) });
      }
      if (problems.length > 0) throw new ContentError(problems);

      const setup = { reportsDir: dir, figuresDir, site: config.site };
      const pool = createRenderPool(toRender.length, setup, charts, join(root, 'src/loaders/render-worker.ts'));
      try {
        await runLimited(toRender, RENDERS_IN_FLIGHT, async ({ report, file, digest, renderedFile, figuresJson, previousFile }, id) => {
          const output = await pool.render({ id, slug: report.slug, body: report.body, script: report.data.script, figuresJson });
          await writeRendered(renderedFile, { html: output.html, htmlSimplified: output.htmlSimplified });
          if (previousFile !== renderedFile) await removeRendered(previousFile);
          const entry = {
            ...report.data,
            slug: report.slug,
            headings: output.headings,
            paragraphs: output.paragraphs,
            renderedFile,
            simplifiedTwin: Boolean(output.htmlSimplified),
          };
          const data = await parseData({ id: report.slug, data: entry, filePath: file });
          // Neither the Markdown body nor the HTML goes into the store (see rendered-file.ts).
          store.set({ id: report.slug, data, filePath: file, digest });
        });
      } finally {
        await pool.close();
      }
      for (const id of store.keys()) {
        if (seen.has(id)) continue;
        await removeRendered(renderedFileOf(store.get(id)?.data));
        store.delete(id);
      }
      logger.info(`${files.length} reports, ${toRender.length} rendered, ${files.length - toRender.length} from cache`);
    },
  };
}

function renderedFileOf(data: Record<string, unknown> | undefined): string | undefined {
  return typeof data?.['renderedFile'] === 'string' ? data['renderedFile'] : undefined;
}
