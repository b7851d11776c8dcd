import { defineConfig } from 'vitest/config';

// Two projects: unit tests of pure logic run first and fast; browser tests need a built site
// (npm test builds it in between) and real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/build/**', 'node_modules/**'],
          // The CLI tests spawn node on a real report, about 4 s each alone on a 2-core machine:
          // the 5 s default failed them whenever another build shared the machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          root: '.',
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
