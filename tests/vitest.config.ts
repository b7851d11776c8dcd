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
          exclude: ['tests/browser/**', 'tests/build/**', 'tests/hostile/builds/**', 'node_modules/**'],
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
