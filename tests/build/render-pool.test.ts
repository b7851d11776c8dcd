import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderQueue, renderContext, type RenderJob, type RenderSummary } from '../../src/loaders/render-pool.ts';
import { readRendered } from '../../src/loaders/rendered-file.ts';
import { fixture, fixtureReports, fixtureSites } from '../fixture-site.ts';

// A cold build of many reports renders them in worker threads; the test site has too few to
// start any, so this renders its reports both ways and compares.
const reportsDir = fixture.reports;
const figuresDir = join(fixture.data, 'figures');
const workerFile = resolve('src/loaders/render-worker.ts');
const reports = fixtureReports();
const figuresOf = (slug: string) => {
  try {
    return readFileSync(join(figuresDir, `${slug}.json`), 'utf8');
  } catch {
    return '[]';
  }
};
const out = mkdtempSync(join(tmpdir(), 'laoqu-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function renderAll(jobs: RenderJob[], site: string | undefined) {
  const setup = { reportsDir, figuresDir, geoDir: fixture.geo, site };
  const summaries = new Map<string, RenderSummary>();
  const queue = createRenderQueue(setup, await renderContext(setup), workerFile, async (job, summary) => {
    summaries.set(job.renderedFile, summary);
  });
  try {
    for (const job of jobs) await queue.add(job);
    await queue.finish();
    return { summaries, threads: queue.threads() };
  } finally {
    await queue.close();
  }
}

const jobOf = (report: (typeof reports)[number], file: string): RenderJob => ({
  slug: report.slug,
  body: report.body,
  script: report.data.script,
  figuresJson: figuresOf(report.slug),
  renderedFile: join(out, file),
});

describe('render queue', () => {
  it('renders in worker threads exactly what the loader renders in its own thread', async () => {
    const site = 'https://laoqu.example.org';
    const inline = await renderAll(reports.map((report) => jobOf(report, `inline/${report.slug}.json`)), site);
    // Enough copies of the test site's reports to start the workers.
    const copies = Array.from({ length: 5 }, (_, copy) => reports.map((report) => jobOf(report, `threaded-${copy}/${report.slug}.json`))).flat();
    const threaded = await renderAll(copies, site);
    expect(inline.threads).toBe(0);
    expect(threaded.threads).toBeGreaterThan(0);
    expect(threaded.summaries.size).toBe(copies.length);
    for (const job of copies) {
      const mine = join(out, `inline/${job.slug}.json`);
      const [ours, theirs] = await Promise.all([readRendered(mine), readRendered(job.renderedFile)]);
      expect(theirs.html).toBe(ours.html);
      expect(theirs.htmlSimplified).toBe(ours.htmlSimplified);
      expect(theirs.html).toContain('id="p-1"');
      expect(threaded.summaries.get(job.renderedFile)).toEqual(inline.summaries.get(mine));
    }
    // What must survive the workers: charts placed in the text, a Traditional report's twin, the
    // heritage sites a report names (by name or alias, in either script).
    expect(reports.some((report) => report.body.includes('::chart{'))).toBe(true);
    expect(reports.some((report) => report.data.script === 'zh-Hant')).toBe(true);
    const named = reports.flatMap((report) => {
      const text = report.body;
      return fixtureSites().filter((site) => [site.name, ...(site.aliases ?? [])].some((name) => text.includes(name))).map((site) => [report.slug, site.id] as const);
    });
    expect(named.length).toBeGreaterThan(0);
    for (const [slug, site] of named) expect(inline.summaries.get(join(out, `inline/${slug}.json`))?.sites, slug).toContain(site);
  }, 60_000);

  it('reports a report that fails to render instead of hanging, in a worker and in this thread', async () => {
    const broken = { ...jobOf(reports[0]!, 'broken.json'), figuresJson: '{not json' };
    const many = [...Array.from({ length: 30 }, (_, i) => jobOf(reports[i % reports.length]!, `many/${i}.json`)), broken];
    await expect(renderAll(many, undefined)).rejects.toThrow(/JSON/);
    await expect(renderAll([broken], undefined)).rejects.toThrow(/JSON/);
  }, 60_000);
});
