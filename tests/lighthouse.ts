// npm run bench -- --lighthouse [--runs R] (or node tests/lighthouse.ts [--runs R]): Lighthouse (pinned in package.json) at its default,
// mobile settings (a mid-range phone, simulated slow 4G) on one page of each kind of the built
// site, served from this machine with the site's headers but without compression, as the issue's
// figures were measured (so a page's bytes count in full).
// Prints a table of the four category scores with LCP and total blocking time; with --runs R
// each page is measured R times and the median score shown (a shared 2-core machine is noisy).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser/chromium.ts';
import { serveStatic } from './browser/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of each kind the issue names, picked from what the build wrote. */
export function lighthousePages(dist: string): [string, string][] {
  const first = (dir: string, keep: (name: string) => boolean = () => true) =>
    existsSync(join(dist, dir))
      ? readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory() && keep(e.name)).map((e) => e.name).sort()[0]
      : undefined;
  const report = first('reports');
  const indicator = first('data');
  // A prefecture's page: the richest kind of region page (maps, reports, sites, figures).
  const region = first('regions', (code) => /^\d{4}00$/.test(code) && !code.endsWith('0000'));
  const pages: [string, string | undefined][] = [
    ['home', '/'],
    ['report', report && `/reports/${report}/`],
    ['indicator', indicator && `/data/${indicator}/`],
    ['region', region && `/regions/${region}/`],
    ['sites', '/sites/'],
    ['search 脱贫', `/search/?q=${encodeURIComponent('脱贫')}`],
  ];
  return pages.filter((page): page is [string, string] => Boolean(page[1]));
}

interface Scores {
  categories: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  failing: string[];
}

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const categories = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Scores['categories'];
  // What keeps a category below 100, for the reader of the table to act on.
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${id}: ${ref.id}`),
  );
  return { categories, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN, tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN, failing };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function runLighthouse(dist: string, runs: number): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`没有已构建的网站 ${dist}：请先运行 npm run build / no built site in ${dist}: run npm run build first`);
    process.exit(1);
  }
  const site = await serveStatic(dist, { precompressed: false });
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[] = [];
  const notes: string[] = [];
  try {
    for (const [name, path] of lighthousePages(dist)) {
      const measured: Scores[] = [];
      for (let run = 0; run < runs; run++) {
        console.log(`[bench] lighthouse ${name} ${path} (${run + 1}/${runs}) …`);
        measured.push(await audit(site.origin + path, chrome.port));
      }
      const score = (id: (typeof CATEGORIES)[number]) => median(measured.map((m) => m.categories[id]));
      const lcp = median(measured.map((m) => m.lcpMs));
      const tbt = median(measured.map((m) => m.tbtMs));
      rows.push(`| ${name} | \`${decodeURIComponent(path)}\` | ${CATEGORIES.map(score).join(' | ')} | ${(lcp / 1000).toFixed(1)} s | ${Math.round(tbt)} ms |`);
      const failing = [...new Set(measured.flatMap((m) => m.failing))];
      if (failing.length > 0) notes.push(`- ${name}: ${failing.join(', ')}`);
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
  console.log(`\nLighthouse ${version}, mobile settings (simulated throttling), ${dist} served without compression from this machine; median of ${runs} run${runs > 1 ? 's' : ''}.\n`);
  console.log('| page | path | performance | accessibility | best practices | SEO | LCP | TBT |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
  if (notes.length > 0) console.log(`\nAudits scoring below 0.9:\n${notes.join('\n')}`);
}

if (import.meta.main) {
  const runsAt = process.argv.indexOf('--runs');
  await runLighthouse(resolve(process.env['LAOQU_OUT'] ?? 'dist'), runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1);
}
