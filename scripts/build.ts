// npm run build: validates content, builds the site into a folder of its own, checks it is whole,
// and only then swaps it in for dist/, so a failed build leaves the last good site untouched.
// One build runs at a time: a second one waits for the first (lib/build-lock.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkSiteReferences } from '../src/after-build/check-references.ts';
import { writeHeadersFile } from '../src/after-build/headers-file.ts';
import { precompressSite } from '../src/after-build/precompress.ts';
import { buildSearchIndex } from '../src/after-build/search-index.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { recoverInterruptedSwap, stagingFor, swapIn } from './lib/site-swap.ts';

const root = process.cwd();
const target = resolve(root, process.env['LAOQU_OUT'] ?? 'dist');
const staging = stagingFor(target);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const progress = { info: (line: string) => console.log(`  ${line}`) };
let astro: ChildProcess | undefined;
// Set once the build is given up, so a second failure does not report again.
let stopping = false;

// Astro's cache and .astro/ belong to the project, not to one output folder: the lock is the project's.
const lock = await acquireBuildLock(join(root, 'node_modules', '.laoqu-build.lock'), target, (holder) => {
  const since = new Date(holder.since).toLocaleTimeString('zh-CN', { hour12: false });
  console.log(`另一个构建（进程 ${holder.pid}，${since} 开始）正在进行，等它结束后再构建 / another build (pid ${holder.pid}, since ${since}) is running; waiting for it to finish …`);
});
process.on('exit', () => lock.release());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stop(`构建被中断（${signal}） / the build was interrupted (${signal})`, 130));
}

mkdirSync(dirname(target), { recursive: true });
const recovery = recoverInterruptedSwap(target);
if (recovery === 'restored') {
  console.log(`上次构建在替换网站时中断：已恢复原来的 ${rel(target)} / the last build stopped while swapping the site in: the previous ${rel(target)} is restored`);
}

// Astro checks the content first (src/integrations/content-check.ts), beside its content sync,
// and stops before writing a page if anything is refused; it writes only to the staging folder.
console.log('1/3 检查内容并生成页面 / checking the content and generating the pages …');
// Astro builds in a process of its own, so that all its memory is returned before the search
// index, the largest step, begins.
astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(process.env['LAOQU_LOG'] === 'debug' ? ['--verbose'] : [])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LAOQU_OUT: staging },
});
const [code] = (await once(astro, 'exit')) as [number | null];
if (code !== 0) await stop(`构建未完成（退出码 ${code}），要修改的地方见上 / the build stopped (exit ${code}); what to fix is above`);

console.log('2/3 搜索索引、压缩与 _headers / search index, gzip and _headers …');
try {
  // Search-index shards whose pages did not change are copied from the site being replaced.
  await buildSearchIndex(staging, progress, { root, reuseFrom: target });
  // It gzips what every step before wrote.
  await precompressSite(staging, progress, { reuseFrom: target });
  // Last: its rules name the files and folders at the site's top level, .gz files included.
  const rules = await writeHeadersFile(staging);
  progress.info(`_headers：${rules} 条规则 / ${rules} rules`);
} catch (error) {
  await stop((error as Error).message);
}

console.log(`3/3 检查并替换 ${rel(target)} / checking the site is whole and swapping it in …`);
try {
  const checkStarted = performance.now();
  const checked = await checkSiteReferences(staging, join(root, 'public'));
  progress.info(`${checked.files} 个文件，${checked.references} 处引用均在 / ${checked.files} files, ${checked.references} references all present (${Math.round(performance.now() - checkStarted)} ms)`);
  swapIn(staging, target);
} catch (error) {
  await stop((error as Error).message);
}
console.log(`✓ 网站已写入 ${rel(target)} / site written to ${rel(target)} (${elapsed()})`);

async function stop(message: string, exitCode = 1): Promise<never> {
  if (stopping) return new Promise(() => {});
  stopping = true;
  await abandonStaging();
  console.error(`\n${message}\n`);
  // Say what is there: a first build, or one after the folder was removed, leaves no site at all.
  const kept = existsSync(target)
    ? `${rel(target)} 保持不变 / ${rel(target)} is unchanged`
    : `尚无 ${rel(target)}，没有发布任何网站 / there is no ${rel(target)}: no site is published`;
  console.error(`✗ 构建失败，${kept} (${elapsed()})`);
  process.exit(exitCode);
}

/** Ends a running Astro build first, so it cannot write into the folder once it is removed. */
async function abandonStaging() {
  if (astro && astro.exitCode === null && astro.signalCode === null) {
    astro.kill();
    await once(astro, 'exit');
  }
  rmSync(staging, { recursive: true, force: true });
}

function rel(path: string) {
  return path.startsWith(root) ? path.slice(root.length + 1) || '.' : path;
}
