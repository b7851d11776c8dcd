import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressSite } from './precompress.ts';

const page = (text: string) => `<!doctype html><p>${text.repeat(200)}</p>`;

describe('precompressing a built site', () => {
  it('keeps the last build’s .gz of an unchanged file, and packs a changed or damaged one afresh', async () => {
    mkdirSync('tests/output/tmp', { recursive: true });
    const root = mkdtempSync(join('tests/output/tmp', 'precompress-'));
    try {
      const [previous, next] = [join(root, 'previous'), join(root, 'next')];
      for (const dir of [previous, next]) mkdirSync(dir);
      writeFileSync(join(previous, 'same.html'), page('老区'));
      writeFileSync(join(previous, 'changed.html'), page('旧'));
      writeFileSync(join(previous, 'damaged.html'), page('坏'));
      await precompressSite(previous, { info: () => {} });
      writeFileSync(join(previous, 'damaged.html.gz'), 'not gzip');
      writeFileSync(join(next, 'same.html'), page('老区'));
      writeFileSync(join(next, 'changed.html'), page('新'));
      writeFileSync(join(next, 'damaged.html'), page('坏'));
      const lines: string[] = [];
      await precompressSite(next, { info: (line) => lines.push(line) }, { reuseFrom: previous });
      expect(lines.join('')).toContain('1 kept from the last build');
      for (const name of ['same.html', 'changed.html', 'damaged.html']) {
        expect(gunzipSync(readFileSync(join(next, `${name}.gz`))).toString()).toBe(readFileSync(join(next, name), 'utf8'));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
