// A worker thread that renders reports for the reports loader (see render-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { renderContext, renderToFile, type RenderJob, type RenderReply, type RenderWorkerSetup } from './render-pool.ts';

const context = await renderContext(workerData as RenderWorkerSetup);

parentPort!.on('message', async ({ id, job }: { id: number; job: RenderJob }) => {
  let reply: RenderReply;
  try {
    reply = { id, summary: await renderToFile(job, context) };
  } catch (error) {
    reply = { id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
