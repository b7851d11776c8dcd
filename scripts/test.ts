// npm test: type check, unit tests, a full build, then browser tests of the built site.
// Ends with one "N passed, N failed, N skipped" line that sums every step, after the name of
// every skipped test (those that need what this machine lacks, such as nginx).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env['CI'] ?? 'true' };
mkdirSync('tests/output', { recursive: true });
// The tests' scratch folders (tests/vitest.config.ts): clear what a run that died left behind.
rmSync('tests/output/tmp', { recursive: true, force: true });
let passed = 0;
let failed = 0;
const skipped: string[] = [];

function step(title: string, command: string, args: string[]): boolean {
  const started = performance.now();
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
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

const typesOk = step('type check (astro check)', 'npx', ['--no-install', 'astro', 'check']);
if (typesOk) passed += 1;
else failed += 1;
vitest('unit');
const built = step('build', process.execPath, ['scripts/build.ts']);
if (built) {
  passed += 1;
  vitest('browser');
} else failed += 1;

if (skipped.length > 0) console.log(`\nSkipped:\n${skipped.map((name) => `  ↓ ${name}`).join('\n')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed > 0 ? 1 : 0);
