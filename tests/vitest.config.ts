import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { guardedEnv } from './real-content.ts';

// Scratch folders the tests make through os.tmpdir() (build copies, nginx's prefix, Chromium's
// profiles and the @sparticuz/chromium unpack) live inside the project, in git-ignored
// tests/output/, not in the machine's /tmp: left-overs stay where the project's user sees them,
// and no other checkout's unpacked Chromium is taken for ours. Test processes inherit this.
const scratch = fileURLToPath(new URL('output/tmp', import.meta.url));
mkdirSync(scratch, { recursive: true });
process.env['TMPDIR'] = scratch;

// No test reads the real content/ or data/ (data/geo/, reference data, excepted): every test
// process, and every process a test starts, loads real-content-guard.ts first. Tests use the
// test site in tests/fixture/; `npm run check` judges the real content.
process.env['NODE_OPTIONS'] = guardedEnv(process.env)['NODE_OPTIONS'];

// Two projects: unit tests of pure logic run first and fast; browser tests need the test site
// built (npm test builds it in between: tests/build-fixture.ts) and real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/build/**', 'tests/hostile/builds/**', 'node_modules/**'],
          // The CLI tests spawn node on a real report, about 4 s each alone on a 2-core machine:
          // the 5 s default failed them whenever another build shared the machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          root: '.',
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/hostile/builds/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
