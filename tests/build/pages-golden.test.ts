// The built fixture site, page for page, against a record of it: a refactor that means to change
// nothing a reader sees must leave every page's bytes as they were. A change that is meant (a new
// feature, a fix) is recorded with `UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts
// --project browser tests/build/pages-golden.test.ts`, and the diff of the record says which pages
// it touched. On a mismatch the pages that differ are listed in tests/output/pages-golden.diff.json.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../fixture-site.ts';

const RECORD = 'tests/fixture/pages.golden.json';

/** Every text file a reader gets (pages, feeds, downloads, the data files), not the search index or .gz twins. */
function pages(): string[] {
  return readdirSync(fixture.dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|csv|json|svg|txt)$/.test(entry.name))
    .map((entry) => relative(fixture.dist, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

/**
 * The page's bytes as they are: nothing on a page depends on the day it was built (a citation's access
 * date is filled in when it is copied), so the same sources give the same pages on any day.
 */
function digest(path: string): string {
  return createHash('sha256').update(readFileSync(join(fixture.dist, path))).digest('hex').slice(0, 16);
}

describe('the built test site', () => {
  it('is page for page what the record says', () => {
    const built = Object.fromEntries(pages().map((path) => [path, digest(path)]));
    if (process.env['UPDATE_GOLDEN']) {
      writeFileSync(RECORD, `${JSON.stringify(built, null, 1)}\n`);
      return;
    }
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, string>;
    const changed = Object.keys({ ...recorded, ...built }).filter((path) => recorded[path] !== built[path]).sort();
    if (changed.length > 0) {
      writeFileSync('tests/output/pages-golden.diff.json', JSON.stringify({ changed, added: changed.filter((p) => !recorded[p]), removed: changed.filter((p) => !built[p]) }, null, 1));
    }
    expect(changed, 'pages that differ from tests/fixture/pages.golden.json (see tests/output/pages-golden.diff.json)').toEqual([]);
  });
});
