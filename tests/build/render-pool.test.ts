import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/lib/content/report-file.ts';
import { createRenderPool } from '../../src/loaders/render-pool.ts';
import { reportChartContext } from '../../src/loaders/report-charts.ts';

// A cold build of many reports renders them in worker threads; the real site has too few to
// start any, so this renders its reports both ways and compares.
const reportsDir = resolve('content/reports');
const figuresDir = resolve('data/figures');
const reports = readdirSync(reportsDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readReportFile(name, readFileSync(join(reportsDir, name), 'utf8')).report!);
const figuresOf = (slug: string) => {
  try {
    return readFileSync(join(figuresDir, `${slug}.json`), 'utf8');
  } catch {
    return '[]';
  }
};

describe('render pool', () => {
  it('renders in worker threads exactly what the loader renders in its own thread', async () => {
    const setup = { reportsDir, figuresDir, site: 'https://laoqu.example.org' };
    const charts = await reportChartContext({ ...setup, site: new URL(setup.site) });
    const jobs = reports.map((report, id) => ({ id, slug: report.slug, body: report.body, script: report.data.script, figuresJson: figuresOf(report.slug) }));
    const workerFile = resolve('src/loaders/render-worker.ts');
    const inline = createRenderPool(jobs.length, setup, charts, workerFile);
    const threaded = createRenderPool(100, setup, charts, workerFile);
    try {
      for (const job of jobs) {
        const [mine, theirs] = await Promise.all([inline.render(job), threaded.render(job)]);
        expect(theirs.html).toBe(mine.html);
        expect(theirs.htmlSimplified).toBe(mine.htmlSimplified);
        expect(theirs.paragraphs).toEqual(mine.paragraphs);
        expect(theirs.html).toContain('id="p-1"');
      }
      expect(jobs.some((job) => job.body.includes('::chart{'))).toBe(true);
    } finally {
      await Promise.all([inline.close(), threaded.close()]);
    }
  }, 60_000);

  it('reports a report that fails to render instead of hanging', async () => {
    const setup = { reportsDir, figuresDir, site: undefined };
    const charts = await reportChartContext({ ...setup, site: undefined });
    const threaded = createRenderPool(100, setup, charts, resolve('src/loaders/render-worker.ts'));
    try {
      await expect(threaded.render({ id: 1, slug: 'x', body: '正文', script: 'zh-Hans', figuresJson: '{not json' })).rejects.toThrow(/JSON/);
    } finally {
      await threaded.close();
    }
  }, 60_000);
});
