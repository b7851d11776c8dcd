/**
 * The published seed reports in content/reports/: the editor's files must validate, carry the
 * editor's own summary and checked regions, and differ from the importer's output only by the
 * corrections they record — every other character stays as the publisher wrote it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../../src/schemas/report.ts';
import { allDivisions } from '../../src/lib/import/divisions.ts';
import { importPage, SUMMARY_PLACEHOLDER } from '../../src/lib/import/import-page.ts';
import { IMPORT_TESTS, readFixture, SEEDS } from './seeds.ts';

const CONTENT = join(IMPORT_TESTS, '../../content/reports');
const prefectures = new Set(allDivisions().filter((d) => d.level === 'prefecture').map((d) => d.code));
const knownCodes = new Set(allDivisions().map((d) => d.code));

function splitFile(markdown: string): { yaml: string; body: string } {
  const end = markdown.indexOf('\n---\n', 4);
  return { yaml: markdown.slice(4, end), body: markdown.slice(end + 5) };
}

describe.each(SEEDS)('content from $file', (seed) => {
  const imported = importPage(readFixture(seed.file)).reports;

  it.each(seed.slugs)('%s is edited, valid and faithful', (slug) => {
    const path = join(CONTENT, `${slug}.md`);
    expect(existsSync(path), path).toBe(true);
    const { yaml, body } = splitFile(readFileSync(path, 'utf8'));
    const data = reportSchema.parse(parse(yaml));

    expect(yaml).not.toMatch(/^#/mu);
    expect(data.summary).not.toBe(SUMMARY_PLACEHOLDER);
    expect(prefectures.has(data.regions[0] ?? '')).toBe(true);
    for (const code of data.regions) expect(knownCodes.has(code), code).toBe(true);
    expect(data.topics.length).toBeGreaterThan(0);

    let expectedBody = splitFile(imported.find((report) => report.slug === slug)?.markdown ?? '').body;
    for (const correction of data.corrections) {
      expect(expectedBody.split(correction.was), `was: ${correction.was}`).toHaveLength(2);
      expectedBody = expectedBody.replace(correction.was, correction.now);
      expect(body).toContain(correction.now);
    }
    // A ::chart{…} line is the editor's placement of a chart, not the publisher's text.
    expect(body.replace(/^::chart\{[^\n]*\}\n\n/gm, '')).toBe(expectedBody);
    for (const note of data.unresolved) expect(body, note.text).toContain(note.text);
  });
});
