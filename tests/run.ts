// npm test: type check, the content check of the real content/ and data/, unit tests, a build
// of the test site (tests/fixture/), then browser and build tests of that site. No test reads the
// real content (tests/real-content-guard.ts), so a new report, figure or site never breaks a test:
// `npm run check` is what judges it. Ends with one "N passed, N failed, N skipped" line that sums
// every step, after the name of every skipped test (those that need what this machine lacks,
// such as nginx).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fixtureEnv } from './fixture-site.ts';

// Where content is read from is each step's own choice, never the caller's shell.
const { LAOQU_REPORTS: _r, LAOQU_DATA: _d, LAOQU_GEO: _g, LAOQU_OUT: _o, LAOQU_CACHE: _c, ...shell } = process.env;
const env: NodeJS.ProcessEnv = { ...shell, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env['CI'] ?? 'true' };
mkdirSync('tests/output', { recursive: true });
// The tests' scratch folders (tests/vitest.config.ts): clear what a run that died left behind.
rmSync('tests/output/tmp', { recursive: true, force: true });
let passed = 0;
let failed = 0;
const skipped: string[] = [];

function step(title: string, command: string, args: string[], stepEnv: NodeJS.ProcessEnv = env): boolean {
  const started = performance.now();
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: stepEnv });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${title} (${seconds} s)`);
  return ok;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

function vitest(project: string): boolean {
  const report = `tests/output/vitest-${project}.json`;
  rmSync(report, { force: true }); // a report left by an earlier run must not be counted as this one's
  const ok = step(`${project} tests`, 'npx', [
    '--no-install', 'vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  try {
    const counts = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
    for (const file of counts.testResults) {
      for (const test of file.assertionResults) if (test.status === 'skipped' || test.status === 'pending') skipped.push(test.fullName);
    }
  } catch {
    failed += 1; // the runner died before writing its report
  }
  if (!ok && failed === 0) failed += 1;
  return ok;
}

function counted(ok: boolean): boolean {
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

// Astro's content sync (part of astro check) loads the test site: the types do not depend on content.
counted(step('type check (astro check)', 'npx', ['--no-install', 'astro', 'check'], { ...env, ...fixtureEnv }));
counted(step('content check (npm run check: content/ and data/)', process.execPath, ['scripts/check.ts']));
vitest('unit');
if (counted(step('build of the test site (tests/fixture/)', process.execPath, ['tests/build-fixture.ts']))) vitest('browser');

if (skipped.length > 0) console.log(`\nSkipped:\n${skipped.map((name) => `  ↓ ${name}`).join('\n')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed > 0 ? 1 : 0);
