// Runs the content check in a worker thread, so scripts/build.ts can check and build at once.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';

parentPort!.postMessage(await checkContent(workerData as Parameters<typeof checkContent>[0]));
