// npm test: type check, unit tests, a full build, then browser tests of the built site.
// Ends with one "N passed, N failed" line that sums every step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env['CI'] ?? 'true' };
mkdirSync('tests/output', { recursive: true });
let passed = 0;
let failed = 0;

function step(title: string, command: string, args: string[]): boolean {
  const started = performance.now();
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${title} (${seconds} s)`);
  return ok;
}

function vitest(project: string): boolean {
  const report = `tests/output/vitest-${project}.json`;
  const ok = step(`${project} tests`, 'npx', [
    '--no-install', 'vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  try {
    const counts = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
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

console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
