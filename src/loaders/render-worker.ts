// A worker thread that renders reports for the reports loader (see render-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { renderReport } from '../lib/markdown/render.ts';
import { figureMarks } from './figure-marks.ts';
import { reportChartContext } from './report-charts.ts';
import type { RenderJob, RenderReply, RenderWorkerSetup } from './render-pool.ts';

const setup = workerData as RenderWorkerSetup;
const charts = await reportChartContext({ ...setup, site: setup.site ? new URL(setup.site) : undefined });

parentPort!.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const output = await renderReport(job.body, { script: job.script, figures: figureMarks(job.figuresJson), chart: charts.drawFor(job.slug) });
    reply = { id: job.id, output };
  } catch (error) {
    reply = { id: job.id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
