import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSiteReferences } from '../../../src/after-build/check-references.ts';

/** The build script the hostile build tests run, from the project root. */
export const BUILD_SCRIPT = 'scripts/build.ts';

/**
 * These builds are built as a published site is, with its public address (the test site in
 * tests/fixture/ is built without one): the feed and the sitemap are written, and checked. The
 * .test domain is reserved (RFC 2606) and never anyone's site.
 */
const PUBLISHED = { LAOQU_SITE: 'https://laoqu.test' };

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `npm run build`'s script to the end with extra environment (LAOQU_OUT, LAOQU_REPORTS …). */
export function build(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...PUBLISHED, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Starts a build after `delayMs`; resolves when it exits, with what was wrong with `out` at that
 * moment (before any later build could touch it), so a build that says ✓ over a broken site is caught.
 */
export function buildLater(delayMs: number, env: Record<string, string>, out: string): Promise<BuildResult & { brokenAtExit: string[] }> {
  return new Promise((done) => {
    setTimeout(() => {
      const child = spawn(process.execPath, [BUILD_SCRIPT], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...PUBLISHED, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (status) => {
        const brokenAtExit = status === 0 ? siteProblems(out) : [];
        done({ status, output, brokenAtExit });
      });
    }, delayMs);
  });
}

/** What is missing from a built site: files every build writes, then anything a page references. */
export function siteProblems(out: string): string[] {
  const required = ['index.html', '_headers', 'feed.xml', 'data/figures.csv', 'pagefind/laoqu-search.json', 'reports/index.html'];
  const missing = required.filter((file) => !existsSync(join(out, file))).map((file) => `missing ${file}`);
  if (!existsSync(join(out, 'index.html'))) return missing;
  // Every stylesheet and script the home page loads, read independently of the build's own check.
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  for (const [, path] of home.matchAll(/<(?:link|script)\b[^>]*?\s(?:href|src)="(\/_astro\/[^"]+)"/g)) {
    if (!existsSync(join(out, path!))) missing.push(`missing ${path} (loaded by /)`);
  }
  return missing;
}

/** The build's own check of every reference, for a site a test built. */
export async function referencesOf(out: string): Promise<string | undefined> {
  return checkSiteReferences(out, resolve('public')).then(() => undefined, (error: Error) => error.message);
}
