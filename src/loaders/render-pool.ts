import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderReport, type RenderedReport } from '../lib/markdown/render.ts';
import { figureMarks } from './figure-marks.ts';
import type { reportChartContext } from './report-charts.ts';

export interface RenderWorkerSetup {
  reportsDir: string;
  figuresDir: string;
  site: string | undefined;
}

export interface RenderJob {
  id: number;
  slug: string;
  body: string;
  script: 'zh-Hans' | 'zh-Hant';
  figuresJson: string;
}

export type RenderReply = { id: number; output: RenderedReport } | { id: number; error: string };

/** Below this many reports to render, starting workers (a few hundred ms each) costs more than it saves. */
const WORKERS_FROM = 24;

/**
 * Renders reports on every core: Markdown parsing, sanitising and the Simplified twin were the
 * largest single cost of a cold build (8.5 s of 13 s at 1,000 reports), all of it on one core.
 * A small batch (an edit, the real site) renders in this thread instead.
 */
export function createRenderPool(
  jobCount: number,
  setup: RenderWorkerSetup,
  charts: Awaited<ReturnType<typeof reportChartContext>>,
  workerFile: string,
) {
  const size = jobCount < WORKERS_FROM ? 0 : Math.min(availableParallelism(), Math.ceil(jobCount / WORKERS_FROM));
  if (size === 0) {
    return {
      render: (job: RenderJob) => renderReport(job.body, { script: job.script, figures: figureMarks(job.figuresJson), chart: charts.drawFor(job.slug) }),
      close: async () => {},
    };
  }
  const waiting = new Map<number, { resolve: (output: RenderedReport) => void; reject: (error: Error) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile, { workerData: setup });
    worker.on('message', (reply: RenderReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.output);
    });
    worker.on('error', (error: Error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    return worker;
  });
  let next = 0;
  return {
    render(job: RenderJob): Promise<RenderedReport> {
      return new Promise((resolve, reject) => {
        waiting.set(job.id, { resolve, reject });
        workers[next++ % workers.length]!.postMessage(job);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
