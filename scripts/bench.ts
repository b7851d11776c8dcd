// npm run bench -- --reports N [--runs R] [--no-baseline]: builds a generated corpus of N reports
// with the full pipeline, with a bare Astro + Pagefind baseline and, where hugo is installed,
// with Hugo + Pagefind, and prints time, memory and bytes. With --runs R every build is timed R times and the median printed: on a shared 2-core
// machine one run of the same build varied by a quarter.
// npm run bench -- --lighthouse [--runs R]: Lighthouse on the built site instead. It drives the
// test browser and server, so it lives with them (tests/lighthouse.ts) and runs as its own process.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBareSite } from './bench/bare-site.ts';
import { hugoAvailable, writeHugoSite } from './bench/hugo-site.ts';
import { makeCorpus } from './bench/corpus.ts';
import { measure, type Measured } from './bench/measure.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const count = option('--reports', 1000);
const runs = Math.max(1, option('--runs', 1));
const root = process.cwd();
const work = resolve('.bench');
const corpus = join(work, 'corpus');
const fullOut = join(work, 'full-dist');
const bareDir = join(work, 'bare');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=3500`.trim() };
const log = (line: string) => console.log(`[bench] ${line}`);

if (args.includes('--lighthouse')) {
  const lighthouse = spawnSync(process.execPath, ['tests/lighthouse.ts', '--runs', String(runs)], { stdio: 'inherit' });
  process.exit(lighthouse.status ?? 1);
}
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

await rm(work, { recursive: true, force: true });
log(`generating ${count} reports from content/reports …`);
const slugs = await makeCorpus(resolve('content/reports'), corpus, count);

const cache = join(work, 'cache');
const buildEnv = { ...env, LAOQU_REPORTS: corpus, LAOQU_OUT: fullOut, LAOQU_CACHE: cache };
// --no-baseline skips the bare site: at 10,000 reports a single bare Pagefind run needs about 12 GB.
const baseline = !args.includes('--no-baseline');
if (baseline) await writeBareSite(bareDir, corpus);
// Hugo + Pagefind on the same Markdown, where hugo is installed: the yardstick of a fast generator.
const hugoDir = join(work, 'hugo');
const hugo = baseline && hugoAvailable();
if (hugo) await writeHugoSite(hugoDir, corpus);

// Each round builds the full site and then the bare one, so both meet the machine in the same
// state: on a shared machine its speed drifted by a third over an afternoon.
const fullRuns: Measured[] = [];
const bareBuildRuns: Measured[] = [];
const bareIndexRuns: Measured[] = [];
const hugoBuildRuns: Measured[] = [];
const hugoIndexRuns: Measured[] = [];
for (let round = 1; round <= runs; round++) {
  log(`round ${round}/${runs}: full pipeline (check, render, charts, maps, search index, gzip) …`);
  // From an empty content cache and no previous site: a cold build.
  await rm(cache, { recursive: true, force: true });
  await rm(fullOut, { recursive: true, force: true });
  fullRuns.push(await run(process.execPath, ['scripts/build.ts'], buildEnv));
  if (!baseline) continue;
  log(`round ${round}/${runs}: bare Astro 7 site, then Pagefind on it …`);
  await rm(join(bareDir, 'node_modules'), { recursive: true, force: true });
  await rm(join(bareDir, 'dist'), { recursive: true, force: true });
  bareBuildRuns.push(await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bareDir], env));
  bareIndexRuns.push(
    await run(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(bareDir, 'dist'), '--force-language', 'zh'], env),
  );
  if (!hugo) continue;
  log(`round ${round}/${runs}: Hugo, then Pagefind on it …`);
  await rm(join(hugoDir, 'public'), { recursive: true, force: true });
  hugoBuildRuns.push(await run('hugo', ['--quiet', '--source', hugoDir, '--destination', join(hugoDir, 'public')], env));
  hugoIndexRuns.push(
    await run(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(hugoDir, 'public'), '--force-language', 'zh'], env),
  );
}
const full = summarise(fullRuns);
const pagefindSeconds = median(fullRuns.map((m) => Number(/pages indexed \((\d+) ms\)/.exec(m.output)?.[1] ?? NaN) / 1000));
const bareBuild = baseline ? summarise(bareBuildRuns) : undefined;
const bareIndex = baseline ? summarise(bareIndexRuns) : undefined;
const hugoBuild = hugo ? summarise(hugoBuildRuns) : undefined;
const hugoIndex = hugo ? summarise(hugoIndexRuns) : undefined;

// The last full build left its cache and site: each rebuild adds a line to one report.
const changed = join(corpus, `${slugs[0]}.md`);
const rebuildRuns: Measured[] = [];
for (let round = 1; round <= runs; round++) {
  log(`rebuild ${round}/${runs} after one report changes (content layer cache) …`);
  await writeFile(changed, (await readFile(changed, 'utf8')) + `\n编者附记：此段为基准测试所加（${round}）。\n`);
  rebuildRuns.push(await run(process.execPath, ['scripts/build.ts'], buildEnv));
}
const rebuild = summarise(rebuildRuns);

const described = (m: Timed | undefined) => (m ? `${seconds(m)} (peak ${mib(m.peakBytes)})` : 'skipped (--no-baseline)');
const pages = await pageBytes(fullOut, slugs[0]!);
const rows: [string, string][] = [
  ['reports', String(count)],
  ['runs of each build (median shown, range in brackets)', String(runs)],
  ['full pipeline (check + build + index + gzip)', seconds(full)],
  ['per report', `${((full.seconds * 1000) / count).toFixed(1)} ms`],
  ['Pagefind indexing (inside the full build)', Number.isNaN(pagefindSeconds) ? 'n/a' : `${pagefindSeconds.toFixed(1)} s`],
  ['peak memory, full pipeline', mib(full.peakBytes)],
  ['rebuild after one report changed', seconds(rebuild)],
  ['rebuild: search shards indexed again / reused', /\d+ shards: (\d+) to index, (\d+) reused/.exec(rebuild.all.at(-1)!.output)?.slice(1).join(' / ') ?? 'n/a'],
  ['bare Astro build', described(bareBuild)],
  ['bare Pagefind index', described(bareIndex)],
  ['ratio full ÷ bare (build + index), target ≤ 1.2', bareBuild && bareIndex ? (full.seconds / (bareBuild.seconds + bareIndex.seconds)).toFixed(2) : 'n/a'],
  // Each round's own ratio: the machine's speed drifts, and a round's builds met it in one state.
  ['ratio in each round', baseline ? fullRuns.map((m, i) => (m.seconds / (bareBuildRuns[i]!.seconds + bareIndexRuns[i]!.seconds)).toFixed(2)).join(', ') : 'n/a'],
  ['Hugo build', hugoBuild ? described(hugoBuild) : baseline ? 'skipped (hugo is not installed)' : 'skipped (--no-baseline)'],
  ['Pagefind on the Hugo site', hugoIndex ? described(hugoIndex) : 'skipped'],
  ['ratio full ÷ (Hugo + Pagefind), target ≤ 1.0', hugoBuild && hugoIndex ? (full.seconds / (hugoBuild.seconds + hugoIndex.seconds)).toFixed(2) : 'n/a'],
  ['ratio ÷ Hugo in each round', hugo ? fullRuns.map((m, i) => (m.seconds / (hugoBuildRuns[i]!.seconds + hugoIndexRuns[i]!.seconds)).toFixed(2)).join(', ') : 'n/a'],
  // The chosen stack with none of Laoqu's work, against Hugo: how much of the ratio above is the
  // stack's own rather than Laoqu's.
  [
    'ratio bare (Astro + Pagefind) ÷ (Hugo + Pagefind)',
    bareBuild && bareIndex && hugoBuild && hugoIndex ? ((bareBuild.seconds + bareIndex.seconds) / (hugoBuild.seconds + hugoIndex.seconds)).toFixed(2) : 'n/a',
  ],
  ['dist size', mib(await folderBytes(fullOut))],
  ['search index size', mib(await folderBytes(join(fullOut, 'pagefind')).catch(() => 0))],
  ...pages,
];
if (count >= 10_000) {
  rows.push(['target at 10,000: peak memory < 4 GiB', full.peakBytes < 4 * 1024 ** 3 ? 'met' : 'not met']);
  rows.push(['target at 10,000: full pipeline < 5 min', full.seconds < 300 ? 'met' : 'not met']);
}
console.log(`\n| measure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
await rm(work, { recursive: true, force: true });

async function run(command: string, commandArgs: string[], runEnv: NodeJS.ProcessEnv): Promise<Measured> {
  const result = await measure(command, commandArgs, runEnv, root);
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    console.error(`[bench] ✗ ${command} ${commandArgs.join(' ')} exited ${result.status}`);
    process.exit(1);
  }
  log(`  ${result.seconds.toFixed(1)} s, peak ${mib(result.peakBytes)}`);
  return result;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** HTML, CSS and JS a first visit to each page type transfers, gzipped. */
async function pageBytes(dist: string, slug: string): Promise<[string, string][]> {
  const types: [string, string][] = [['home', '/'], ['report page', `/reports/${slug}/`], ['report list', '/reports/'], ['data index', '/data/']];
  const rows: [string, string][] = [];
  for (const [name, path] of types) {
    const html = await readFile(join(dist, path, 'index.html')).catch(() => undefined);
    if (!html) continue;
    let css = 0;
    let js = 0;
    for (const match of html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(css|js))"/g)) {
      const size = gzipSync(await readFile(join(dist, match[1]!))).length;
      if (match[2] === 'css') css += size;
      else js += size;
    }
    rows.push([`${name}: HTML + CSS + JS (gzip)`, `${(gzipSync(html).length / 1024).toFixed(1)} + ${(css / 1024).toFixed(1)} + ${(js / 1024).toFixed(1)} KB`]);
  }
  return rows;
}

/** One build's runs: the median time, the largest peak, and every run. */
interface Timed {
  seconds: number;
  peakBytes: number;
  all: Measured[];
}

function summarise(all: Measured[]): Timed {
  return { seconds: median(all.map((m) => m.seconds)), peakBytes: Math.max(...all.map((m) => m.peakBytes)), all };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function seconds(t: Timed): string {
  if (t.all.length === 1) return `${t.seconds.toFixed(1)} s`;
  const each = t.all.map((m) => m.seconds);
  return `${t.seconds.toFixed(1)} s [${Math.min(...each).toFixed(1)}–${Math.max(...each).toFixed(1)}]`;
}
