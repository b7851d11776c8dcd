// npm run build: validates content, builds the site into a fresh folder, and only then swaps it
// in for dist/, so a failed build leaves the last good site untouched.
import { rmSync } from 'node:fs';
import { rm, rename, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { contentPaths } from '../src/content-paths.ts';
import type { Problem } from '../src/lib/content/problem.ts';
import { printProblems, type CheckResult } from './lib/check-content.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const root = process.cwd();
const target = resolve(root, process.env['LAOQU_OUT'] ?? 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

console.log('1/3 检查内容与数据 / checking content and data …');
// The check runs in a worker beside the build: the build writes only to the staging folder, so
// when the check refuses the content that folder is dropped and dist/ is never touched.
const checking = new Promise<CheckResult>((done, failed) => {
  const worker = new Worker(new URL('./lib/check-worker.ts', import.meta.url), { workerData: { root, ...contentPaths } });
  worker.once('message', done);
  worker.once('error', failed);
});
void checking.then(({ problems, counts }) => {
  if (problems.length > 0) refuse(problems);
  console.log(`  ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')}`);
}, (error: unknown) => stop(`检查程序出错 / the check itself failed: ${(error as Error).message}`));

console.log('2/3 构建网站 / building the site …');
await rm(staging, { recursive: true, force: true });
process.env['LAOQU_OUT'] = staging;
// Search-index shards whose pages did not change are copied from the site being replaced.
process.env['LAOQU_REUSE_FROM'] = target;
try {
  const { build } = await import('astro');
  await build({ root, logLevel: process.env['LAOQU_LOG'] === 'debug' ? 'debug' : 'info' });
} catch (error) {
  // Content the check refuses also breaks the build; the check's messages say what to fix.
  const { problems } = await checking.catch(() => ({ problems: [] }));
  if (problems.length > 0) refuse(problems);
  stop((error as Error).message);
}
await checking;

console.log(`3/3 替换 ${rel(target)} / swapping in the new site …`);
await rm(previous, { recursive: true, force: true });
if (await exists(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`✓ 网站已写入 ${rel(target)} / site written to ${rel(target)} (${elapsed()})`);

function refuse(problems: Problem[]): never {
  printProblems(problems);
  rmSync(staging, { recursive: true, force: true });
  console.error(`✗ 构建已停止：发现 ${problems.length} 处问题，${rel(target)} 保持不变 / build stopped: ${problems.length} problem(s); ${rel(target)} is unchanged`);
  process.exit(1);
}

function stop(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\n`);
  console.error(`✗ 构建失败，${rel(target)} 保持不变 / build failed; ${rel(target)} is unchanged (${elapsed()})`);
  process.exit(1);
}

async function exists(path: string) {
  return stat(path).then(() => true, () => false);
}
function rel(path: string) {
  return path.startsWith(root) ? path.slice(root.length + 1) || '.' : path;
}
