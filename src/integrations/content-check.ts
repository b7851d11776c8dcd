/**
 * The content check as an Astro integration, so `astro dev`, `astro build` and `npm run build`
 * refuse the same content with the same messages (a figure whose quote no longer states its
 * value is never published linking to #p-0). In a build the check runs in a worker beside
 * Astro's content sync and is awaited before any page is written; in dev it runs at start and
 * again whenever content or data change, and shows what to fix in the browser's error overlay.
 */
import { Worker } from 'node:worker_threads';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, formatProblem, type Problem } from '../lib/content/problem.ts';
import { contentPaths } from '../content-paths.ts';

interface CheckOutcome {
  problems: Problem[];
  warnings: Problem[];
  counts: Record<string, number>;
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let pending: Promise<CheckOutcome> | undefined;
  return {
    name: 'laoqu:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') pending = checkInWorker(root);
      },
      'astro:build:start': async ({ logger }) => {
        report(await (pending ?? checkInWorker(root)), logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [contentPaths.reports, contentPaths.pages, contentPaths.data].map((dir) => resolve(root, dir));
        let running = false;
        const run = async () => {
          if (running) return;
          running = true;
          try {
            report(await checkInWorker(root), logger);
          } catch (error) {
            // Dev keeps serving, so an editor can fix the file while the message is on screen.
            logger.error((error as Error).message);
            server.environments.client.hot.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
          } finally {
            running = false;
          }
        };
        void run();
        server.watcher.on('all', (_event, path) => {
          if (watched.some((dir) => !relative(dir, path).startsWith('..'))) void run();
        });
      },
    },
  };
}

/** Logs the warnings and the counts; throws every problem at once, formatted as `npm run check` prints them. */
function report({ problems, warnings, counts }: CheckOutcome, logger: AstroIntegrationLogger): void {
  for (const warning of warnings) logger.warn(`⚠ ${formatProblem(warning)}`);
  if (problems.length > 0) throw new ContentError(problems);
  logger.info(`内容与数据均有效 / content and data are valid: ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')}`);
}

/** The check reads and renders every report: off the main thread, so Astro's own work goes on. */
function checkInWorker(root: string): Promise<CheckOutcome> {
  return new Promise((done, failed) => {
    // From the project root: Astro bundles its config, so this module's own URL is not where it lives.
    const worker = new Worker(resolve(root, 'src/check/worker.ts'), { workerData: { root, ...contentPaths } });
    worker.once('message', done);
    worker.once('error', failed);
  });
}
