// npm run build: validates content, builds the site into a fresh folder, and only then swaps it
// in for dist/, so a failed build leaves the last good site untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { rm, rename, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { contentPaths } from '../src/content-paths.ts';
import { precompressSite } from '../src/after-build/precompress.ts';
import { buildSearchIndex } from '../src/after-build/search-index.ts';
import type { Problem } from '../src/lib/content/problem.ts';
import { printProblems, printWarnings, type CheckResult } from './lib/check-content.ts';

const root = process.cwd();
const target = resolve(root, process.env['LAOQU_OUT'] ?? 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const progress = { info: (line: string) => console.log(`  ${line}`) };
let astro: ChildProcess | undefined;
// Set once the build is given up: the check and the build can both fail, and only one may report.
let stopping = false;

console.log('1/4 检查内容与数据 / checking content and data …');
// The check runs in a worker beside the build: the build writes only to the staging folder, so
// when the check refuses the content that folder is dropped and dist/ is never touched.
const checking = new Promise<Pick<CheckResult, 'problems' | 'warnings' | 'counts'>>((done, failed) => {
  const worker = new Worker(new URL('./lib/check-worker.ts', import.meta.url), { workerData: { root, ...contentPaths } });
  worker.once('message', done);
  worker.once('error', failed);
});
void checking.then(async ({ problems, warnings, counts }) => {
  if (problems.length > 0) await refuse(problems);
  printWarnings(warnings);
  console.log(`  ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')}`);
}, (error: unknown) => stop(`检查程序出错 / the check itself failed: ${(error as Error).message}`));

console.log('2/4 生成页面 / generating the pages …');
await rm(staging, { recursive: true, force: true });
if (stopping) await new Promise(() => {});
// Astro builds in a process of its own, so that all its memory is returned before the search
// index, the largest step, begins.
astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(process.env['LAOQU_LOG'] === 'debug' ? ['--verbose'] : [])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LAOQU_OUT: staging },
});
const [code] = (await once(astro, 'exit')) as [number | null];
if (code !== 0) {
  // Content the check refuses also breaks the build; the check's messages say what to fix.
  const { problems } = await checking.catch(() => ({ problems: [] }));
  if (problems.length > 0) await refuse(problems);
  await stop(`Astro 构建失败（退出码 ${code}），原因见上 / the Astro build failed (exit ${code}); see above`);
}
await checking;

console.log('3/4 搜索索引与压缩 / search index and gzip …');
try {
  // Search-index shards whose pages did not change are copied from the site being replaced.
  await buildSearchIndex(staging, progress, { root, reuseFrom: target });
  // Last: it gzips what every step before wrote.
  await precompressSite(staging, progress);
} catch (error) {
  await stop((error as Error).message);
}

console.log(`4/4 替换 ${rel(target)} / swapping in the new site …`);
await rm(previous, { recursive: true, force: true });
if (await exists(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`✓ 网站已写入 ${rel(target)} / site written to ${rel(target)} (${elapsed()})`);

async function refuse(problems: Problem[]): Promise<never> {
  if (stopping) return new Promise(() => {});
  stopping = true;
  await abandonStaging();
  printProblems(problems);
  console.error(`✗ 构建已停止：发现 ${problems.length} 处问题，${rel(target)} 保持不变 / build stopped: ${problems.length} problem(s); ${rel(target)} is unchanged`);
  process.exit(1);
}

async function stop(message: string): Promise<never> {
  if (stopping) return new Promise(() => {});
  stopping = true;
  await abandonStaging();
  console.error(`\n${message}\n`);
  console.error(`✗ 构建失败，${rel(target)} 保持不变 / build failed; ${rel(target)} is unchanged (${elapsed()})`);
  process.exit(1);
}

/** Ends a running Astro build first, so it cannot write into the folder once it is removed. */
async function abandonStaging() {
  if (astro && astro.exitCode === null && astro.signalCode === null) {
    astro.kill();
    await once(astro, 'exit');
  }
  rmSync(staging, { recursive: true, force: true });
}

async function exists(path: string) {
  return stat(path).then(() => true, () => false);
}
function rel(path: string) {
  return path.startsWith(root) ? path.slice(root.length + 1) || '.' : path;
}
