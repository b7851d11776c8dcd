/**
 * The test site's reports (tests/fixture/content/reports/) are the importer's output of real
 * pages as an editor finished them: each must validate, carry the editor's own summary and
 * checked regions, and differ from the importer's output only by the corrections it records (an
 * excerpt, marked （节选） in its summary, keeps whole paragraphs of it, in order). So the site the
 * browser tests build is built from the publishers' own words. The project's content/ is checked
 * by npm run check, never by tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../../src/schemas/report.ts';
import { allDivisions } from '../../src/lib/import/divisions.ts';
import { importPage, SUMMARY_PLACEHOLDER } from '../../src/lib/import/import-page.ts';
import { readInput } from '../../src/lib/import/read-input.ts';
import { fixture, fixtureReports } from '../fixture-site.ts';
import { FIXTURES, PAGES, SEEDS } from './seeds.ts';

const knownCodes = new Set(allDivisions().map((d) => d.code));

/** The page each report of the test site was imported from; a report made for the tests has none. */
const pageOf = new Map<string, string>([
  ...SEEDS.flatMap((seed) => seed.slugs.map((slug): [string, string] => [slug, join(FIXTURES, seed.file)])),
  ['2021-09-xingguo-geming-laoqu', join(PAGES, 'xingguo-copied-page.txt')],
]);
const fromPages = fixtureReports().filter((report) => pageOf.has(report.slug));

function splitFile(markdown: string): { yaml: string; body: string } {
  const end = markdown.indexOf('\n---\n', 4);
  return { yaml: markdown.slice(4, end), body: markdown.slice(end + 5) };
}

const paragraphsOf = (body: string) => body.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

describe('the test site', () => {
  it('holds reports imported from seed pages and from a page outside the seed prefectures, and one made for the tests', () => {
    expect(fromPages.length).toBeGreaterThanOrEqual(4);
    expect(fromPages.map((report) => report.slug)).toContain('2021-09-xingguo-geming-laoqu');
    expect(fixtureReports().length).toBeGreaterThan(fromPages.length);
  });
});

describe.each(fromPages.map((report) => ({ slug: report.slug, page: pageOf.get(report.slug)! })))('$slug', ({ slug, page }) => {
  it('is the importer’s output of its page, edited, valid and faithful', async () => {
    const { text, hints } = await readInput(page, readFileSync(page));
    const imported = importPage(text, hints).reports.find((report) => report.slug === slug);
    expect(imported, `${page} yields ${slug}`).toBeDefined();
    const { yaml, body } = splitFile(readFileSync(join(fixture.reports, `${slug}.md`), 'utf8'));
    const data = reportSchema.parse(parse(yaml));

    expect(yaml, 'the importer’s notes to the editor are dealt with and gone').not.toMatch(/^#/mu);
    expect(data.summary).not.toBe(SUMMARY_PLACEHOLDER);
    for (const code of data.regions) expect(knownCodes.has(code), code).toBe(true);
    expect(data.topics.length).toBeGreaterThan(0);

    let expectedBody = splitFile(imported!.markdown).body;
    for (const correction of data.corrections) {
      expect(expectedBody.split(correction.was), `was: ${correction.was}`).toHaveLength(2);
      expectedBody = expectedBody.replace(correction.was, correction.now);
      expect(body).toContain(correction.now);
    }
    for (const note of data.unresolved) expect(body, note.text).toContain(note.text);
    // A ::chart{…} line is the editor's placement of a chart, not the publisher's text.
    const publisherText = body.replace(/^::chart\{[^\n]*\}\n\n/gm, '');
    if (!data.summary.startsWith('（节选）')) {
      expect(publisherText).toBe(expectedBody);
      return;
    }
    // An excerpt: whole paragraphs of the import, in the import's order, none changed.
    const source = paragraphsOf(expectedBody);
    let at = 0;
    for (const paragraph of paragraphsOf(publisherText)) {
      const found = source.indexOf(paragraph, at);
      expect(found, `not a paragraph of the import, or out of order: ${paragraph.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
