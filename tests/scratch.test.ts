import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('makes scratch folders inside the project, in git-ignored tests/output/, not in /tmp', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'scratch-'));
  rmSync(scratch, { recursive: true });
  expect(scratch.startsWith(resolve('tests/output') + '/')).toBe(true);
});
