// Runs the content check in a worker thread, so scripts/build.ts can check and build at once.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './content.ts';

// Only what the build prints: the reports themselves (their whole text) would stay in the build's
// memory until it ends, 0.4 GB at 10,000 reports.
const { problems, warnings, counts } = await checkContent(workerData as Parameters<typeof checkContent>[0]);
parentPort!.postMessage({ problems, warnings, counts });
