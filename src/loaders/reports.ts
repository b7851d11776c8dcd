import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { readReportFile } from '../lib/content/report-file.ts';
import { renderReport, type FigureMark } from '../lib/markdown/render.ts';
import { findFigureNumber } from '../lib/proof/prove-figure.ts';
import { figureSchema } from '../schemas/figure.ts';
import { reportChartContext } from './report-charts.ts';

/** Bump when renderReport's output changes, so cached entries are rendered again. */
const RENDER_VERSION = '4';

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
      const dir = resolve(root, options.base);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      const problems: Problem[] = [];
      const seen = new Map<string, string>();
      let rendered = 0;
      const charts = await reportChartContext({ reportsDir: dir, figuresDir: resolve(root, options.figures), site: config.site ? new URL(config.site) : undefined });
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
        if (store.get(report.slug)?.digest === digest) continue;
        const output = await renderReport(report.body, { script: report.data.script, figures: figureMarks(figuresJson), chart: charts.drawFor(report.slug) });
        const entry = {
          ...report.data,
          slug: report.slug,
          headings: output.headings,
          paragraphs: output.paragraphs,
          ...(output.htmlSimplified ? { htmlSimplified: output.htmlSimplified } : {}),
        };
        const data = await parseData({ id: report.slug, data: entry, filePath: file });
        store.set({ id: report.slug, data, body: report.body, filePath: file, digest, rendered: { html: output.html } });
        rendered++;
      }
      if (problems.length > 0) throw new ContentError(problems);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${files.length} reports, ${rendered} rendered, ${files.length - rendered} from cache`);
    },
  };
}

/**
 * The numbers to mark up in a report's text. Figures that do not prove are skipped here: the
 * check step, which runs before every build, refuses them with a message.
 */
function figureMarks(json: string): FigureMark[] {
  const parsed = figureSchema.array().safeParse(JSON.parse(json));
  if (!parsed.success) return [];
  return parsed.data.flatMap((figure) => {
    const number = findFigureNumber(figure);
    if (!number) return [];
    return [{ id: figure.id, quote: figure.quote, text: figure.quote.slice(number.start, number.end), value: figure.value, href: `/data/${figure.indicator}/#${figure.id}` }];
  });
}
