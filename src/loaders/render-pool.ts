import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import Tinypool from 'tinypool';
import { renderReport, type FigureParagraphs, type ReportHeading } from '../lib/markdown/render.ts';
import { figureMarks } from './figure-marks.ts';
import { writeRendered } from './rendered-file.ts';
import { reportChartContext } from './report-charts.ts';
import { siteMentionContext } from './site-mentions.ts';
import { regionStatementContext } from './region-statements.ts';
import { ownEmbedIds } from '../lib/charts/embeds.ts';

export interface RenderWorkerSetup {
  reportsDir: string;
  figuresDir: string;
  /** The national list of regions and the shapes (contentPaths.geo). */
  geoDir: string;
  site: string | undefined;
}

export interface RenderJob {
  slug: string;
  body: string;
  script: 'zh-Hans' | 'zh-Hant';
  figuresJson: string;
  /** Where the HTML goes (see rendered-file.ts); only the structure comes back. */
  renderedFile: string;
}

/** What the loader keeps of a render: the HTML and paragraphs are already in `job.renderedFile`. */
export interface RenderSummary {
  /** Size of the rendered file, to recognise a damaged cache entry. */
  renderedBytes: number;
  headings: ReportHeading[];
  simplifiedTwin: boolean;
  /** Ids of the heritage sites the report names. */
  sites: string[];
  /** Ids of the charts drawn from the report's own figures, each with an embed page /embed/<id>/. */
  embeds: string[];
  /** The paragraph each figure the report states stands in, by figure id. */
  figureParagraphs: FigureParagraphs;
  /** The paragraph each statement of data/regions.json citing the report stands in, by statement key. */
  regionParagraphs: Record<string, number>;
}

export type RenderContext = Awaited<ReturnType<typeof renderContext>>;

/** The data a render reads besides the report: the same in the loader and in each worker. */
export async function renderContext(setup: RenderWorkerSetup) {
  const [charts, sites] = await Promise.all([
    reportChartContext({ ...setup, site: setup.site ? new URL(setup.site) : undefined }),
    siteMentionContext(resolve(setup.figuresDir, '..')),
  ]);
  const regions = regionStatementContext({ data: resolve(setup.figuresDir, '..'), geo: setup.geoDir });
  return { charts, sites, regions };
}

/** Below this many reports to render, starting workers (a few hundred ms each) costs more than it saves. */
const WORKERS_FROM = 24;

/** Reports handed to the workers at once: enough to keep them busy, few enough to bound memory. */
const IN_FLIGHT = 16;

/** Renders one report and writes its HTML; the same work in a worker and in this thread. */
export async function renderToFile(job: RenderJob, context: RenderContext): Promise<RenderSummary> {
  const output = await renderReport(job.body, { script: job.script, figures: figureMarks(job.figuresJson), chart: context.charts.drawFor(job.slug), placeCharts: context.charts.placeFor(job.slug) });
  const renderedBytes = await writeRendered(job.renderedFile, { html: output.html, htmlSimplified: output.htmlSimplified });
  return {
    renderedBytes,
    headings: output.headings,
    simplifiedTwin: Boolean(output.htmlSimplified),
    sites: context.sites.mentionedIn(output.paragraphs, job.script),
    embeds: ownEmbedIds(output.html),
    figureParagraphs: output.figureParagraphs,
    regionParagraphs: context.regions.locatedIn(job.slug, output.paragraphs),
  };
}

/**
 * Renders reports while the loader is still reading the rest, on every core: Markdown parsing,
 * sanitising and the Simplified twin are the largest cost of a cold build. Jobs are held until
 * there are enough to be worth starting workers; a small batch (an edit, the real site) renders
 * in this thread when the loader calls `finish`.
 *
 * `done` runs in this thread for each report as its render comes back.
 */
export function createRenderQueue(
  setup: RenderWorkerSetup,
  context: RenderContext,
  workerFile: string,
  done: (job: RenderJob, summary: RenderSummary) => Promise<void>,
) {
  const held: RenderJob[] = [];
  const running = new Set<Promise<void>>();
  let workers: ReturnType<typeof startWorkers> | undefined;
  let failure: Error | undefined;

  const run = (job: RenderJob) => {
    const settled: Promise<void> = workers!
      .render(job)
      .then((summary) => done(job, summary))
      .catch((error: Error) => {
        failure ??= error;
      })
      .finally(() => running.delete(settled));
    running.add(settled);
  };
  const throwIfFailed = () => {
    if (failure) throw failure;
  };

  return {
    /** Queues a report; waits while the workers already have enough to do. */
    async add(job: RenderJob): Promise<void> {
      throwIfFailed();
      if (!workers) {
        held.push(job);
        if (held.length < WORKERS_FROM) return;
        workers = startWorkers(setup, workerFile);
        for (const waiting of held.splice(0)) run(waiting);
        return;
      }
      while (running.size >= IN_FLIGHT) await Promise.race(running);
      throwIfFailed();
      run(job);
    },
    /** Waits for every queued report to be rendered and handed to `done`. */
    async finish(): Promise<void> {
      for (const job of held.splice(0)) await done(job, await renderToFile(job, context));
      await Promise.all(running);
      throwIfFailed();
    },
    /** How many worker threads were started: none for a small batch. */
    threads(): number {
      return workers?.size ?? 0;
    },
    async close(): Promise<void> {
      await workers?.close();
    },
  };
}

/**
 * Worker threads on one shared queue (tinypool): a report goes to the first free thread, and a
 * thread that dies fails its own report, not the others, and is replaced.
 */
function startWorkers(setup: RenderWorkerSetup, workerFile: string) {
  const threads = availableParallelism();
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads });
  return {
    size: threads,
    render: (job: RenderJob): Promise<RenderSummary> => pool.run({ setup, job }),
    close: () => pool.destroy(),
  };
}
