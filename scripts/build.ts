// npm run build: validates content, builds the site into a fresh folder, and only then swaps it
// in for dist/, so a failed build leaves the last good site untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { rm, rename, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompressSite } from '../src/after-build/precompress.ts';
import { buildSearchIndex } from '../src/after-build/search-index.ts';

const root = process.cwd();
const target = resolve(root, process.env['LAOQU_OUT'] ?? 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const progress = { info: (line: string) => console.log(`  ${line}`) };
let astro: ChildProcess | undefined;
// Set once the build is given up, so a second failure does not report again.
let stopping = false;

// Astro checks the content first (src/integrations/content-check.ts), beside its content sync,
// and stops before writing a page if anything is refused; it writes only to the staging folder.
console.log('1/3 检查内容并生成页面 / checking the content and generating the pages …');
await rm(staging, { recursive: true, force: true });
// Astro builds in a process of its own, so that all its memory is returned before the search
// index, the largest step, begins.
astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(process.env['LAOQU_LOG'] === 'debug' ? ['--verbose'] : [])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LAOQU_OUT: staging },
});
const [code] = (await once(astro, 'exit')) as [number | null];
if (code !== 0) await stop(`构建未完成（退出码 ${code}），要修改的地方见上 / the build stopped (exit ${code}); what to fix is above`);

console.log('2/3 搜索索引与压缩 / search index and gzip …');
try {
  // Search-index shards whose pages did not change are copied from the site being replaced.
  await buildSearchIndex(staging, progress, { root, reuseFrom: target });
  // Last: it gzips what every step before wrote.
  await precompressSite(staging, progress);
} catch (error) {
  await stop((error as Error).message);
}

console.log(`3/3 替换 ${rel(target)} / swapping in the new site …`);
await rm(previous, { recursive: true, force: true });
if (await exists(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`✓ 网站已写入 ${rel(target)} / site written to ${rel(target)} (${elapsed()})`);

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
