import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRendered, readRendered, writeRendered } from './rendered-file.ts';

describe('the rendered-report cache', () => {
  it('writes a file whole, and again after its folder was removed (a dev server outlives a cleared cache)', async () => {
    mkdirSync('tests/output/tmp', { recursive: true });
    const root = mkdtempSync(join('tests/output/tmp', 'rendered-'));
    try {
      const path = join(root, 'laoqu-rendered', 'r.abc.json');
      const bytes = await writeRendered(path, { html: '<p id="p-1">一</p>' });
      expect(hasRendered(path, bytes)).toBe(true);
      rmSync(join(root, 'laoqu-rendered'), { recursive: true });
      const again = await writeRendered(path, { html: '<p id="p-1">二</p>' });
      expect(hasRendered(path, again)).toBe(true);
      expect((await readRendered(path)).html).toBe('<p id="p-1">二</p>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
