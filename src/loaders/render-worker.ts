// A thread of the render pool (see render-pool.ts): renders one report per task. The data a
// render reads besides the report (charts, site names) is read once per thread.
import { renderContext, renderToFile, type RenderContext, type RenderJob, type RenderSummary, type RenderWorkerSetup } from './render-pool.ts';

let context: Promise<RenderContext> | undefined;

export default async function render({ setup, job }: { setup: RenderWorkerSetup; job: RenderJob }): Promise<RenderSummary> {
  context ??= renderContext(setup);
  return renderToFile(job, await context);
}
