// Builds the test site (tests/fixture/) into tests/output/fixture-dist with scripts/build.ts, as
// npm test does before the browser tests; run it alone to run those tests by hand:
//   node tests/build-fixture.ts && npx vitest run --config tests/vitest.config.ts --project browser
import { spawnSync } from 'node:child_process';
import { fixtureEnv } from './fixture-site.ts';
import { guardedEnv } from './real-content.ts';

// The build runs under the guard, so a loader that reads the real content/ or data/ instead of
// the folders it was given fails here rather than passing on the real content's strength.
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  stdio: 'inherit',
  env: guardedEnv({ ...process.env, ...fixtureEnv, ASTRO_TELEMETRY_DISABLED: '1' }),
});
process.exit(result.status ?? 1);
