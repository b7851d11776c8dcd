/**
 * Golden files: each seed (and a saved page and a Word file) in, the expected report files and
 * editor notes out. A mismatch writes `<name>-changed.<ext>` beside the expected file, to diff
 * and, if the change is right, copy over the expected file. LAOQU_UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFlags } from '../../src/lib/import/format-flags.ts';
import { importPage, type PageImport } from '../../src/lib/import/import-page.ts';
import { readInput } from '../../src/lib/import/read-input.ts';
import { EXPECTED, FIXTURES, PAGES, SEEDS, SHARED_SEEDS } from './seeds.ts';

const update = process.env['LAOQU_UPDATE_GOLDEN'] === '1';

function expectGolden(name: string, actual: string): void {
  const expectedPath = join(EXPECTED, name);
  const changedPath = expectedPath.replace(/(\.[^.]+)$/u, '-changed$1');
  if (update) writeFileSync(expectedPath, actual);
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : '';
  if (actual === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(`${name} differs from its golden file; see ${changedPath}`);
}

function notesOf(inputName: string, page: PageImport, inputLines: boolean): string {
  return `${page.reports
    .map((report) => formatFlags(`content/reports/${report.slug}.md`, inputName, report.flags, inputLines))
    .join('\n\n')}\n`;
}

async function importFixture(file: string, dir = FIXTURES): Promise<PageImport> {
  const { text, hints } = await readInput(file, readFileSync(join(dir, file)));
  return importPage(text, hints);
}

describe('importer golden files', () => {
  for (const seed of SEEDS) {
    it(`${seed.file} → ${seed.slugs.join(', ')}`, async () => {
      const page = await importFixture(seed.file);
      expect(page.reports.map((report) => report.slug)).toEqual(seed.slugs);
      for (const report of page.reports) expectGolden(`${report.slug}.md`, report.markdown);
      expectGolden(`${seed.file.replace(/\.txt$/u, '')}.notes.txt`, notesOf(seed.file, page, true));
    });
  }

  // Pages from outside the seed prefectures, in the layouts and formats 老促会 publish in.
  const pages = [
    { file: 'saved-page.html', dir: FIXTURES, what: 'a saved page: chrome and markup gone' },
    { file: 'word-file.docx', dir: FIXTURES, what: 'a Word file' },
    { file: 'yanchuan-saved-page.html', dir: PAGES, what: '陕西 延川县, a GBK content-system page saved as .html' },
    { file: 'xingguo-copied-page.txt', dir: PAGES, what: '江西 兴国县, a content-system page copied as .txt' },
    { file: 'tongjiang-report.pdf', dir: PAGES, what: '四川 通江县, a report published as PDF' },
    { file: 'changting-portal-page.txt', dir: PAGES, what: '福建 长汀县, a news portal page copied as .txt' },
    { file: 'ninghua-wechat-article.txt', dir: PAGES, what: '福建 宁化县, a WeChat article copied as .txt' },
  ];
  for (const { file, dir, what } of pages) {
    it(`${file} → one report (${what})`, async () => {
      const page = await importFixture(file, dir);
      expect(page.reports).toHaveLength(1);
      for (const report of page.reports) expectGolden(`${report.slug}.md`, report.markdown);
      expectGolden(`${file.replace(/\.[^.]+$/u, '')}.notes.txt`, notesOf(file, page, file.endsWith('.txt')));
    });
  }
});

describe('seed fixtures', () => {
  it.skipIf(!existsSync(SHARED_SEEDS))('are byte-for-byte the seeds in ../shared/seeds', () => {
    for (const seed of SEEDS) {
      expect(readFileSync(join(FIXTURES, seed.file)).equals(readFileSync(join(SHARED_SEEDS, seed.file)))).toBe(true);
    }
  });
});
