/**
 * Faithfulness: every sentence of each seed (chrome aside) is in the importer's output, no chrome
 * or converter gloss is, and every piece of copying damage a reader found is flagged on its line.
 */
import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/lib/import/import-page.ts';
import { normalise, readFixture, SEEDS, sentencesOf } from './seeds.ts';

const DAMAGE_KINDS = new Set(['lost-year', 'lost-month', 'lost-day', 'lost-unit', 'lost-bracket', 'unreadable', 'stray-latin']);

describe.each(SEEDS)('$file', (seed) => {
  const text = readFixture(seed.file);
  const { reports } = importPage(text);
  const output = normalise(reports.map((report) => report.markdown).join('\n'));
  const bodies = reports.map((report) => report.markdown.split('\n---\n')[1] ?? '').join('\n');
  const lines = text.split('\n');

  it('keeps every sentence of the report', () => {
    const missing = lines.flatMap((line, i) =>
      seed.chromeLines.includes(i + 1) ? [] : sentencesOf(line).filter((s) => !output.includes(s)).map((s) => `${i + 1}: ${s}`),
    );
    expect(missing).toEqual([]);
  });

  it('leaves the chrome out of the report bodies', () => {
    for (const n of seed.chromeLines) {
      const chrome = normalise(lines[n - 1] ?? '');
      if (chrome.length > 3) expect(normalise(bodies), `line ${n}`).not.toContain(chrome);
    }
    expect(bodies).not.toMatch(/浏览量|瀏覽量|訪問量|责任编辑|編輯:|QQ截图|返回列表|^search$/mu);
  });

  it('leaves no converter pinyin gloss', () => {
    expect(reports.map((r) => r.markdown).join('\n')).not.toMatch(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u);
  });

  it('flags exactly the copying damage found by reading, on its line', () => {
    const flagged = reports
      .flatMap((report) => report.flags)
      .filter((flag) => DAMAGE_KINDS.has(flag.kind))
      .map((flag) => [flag.kind, flag.sourceLine]);
    expect(flagged).toEqual(seed.damage);
  });

  it('points every flag at an output line that shows the flagged passage', () => {
    for (const report of reports) {
      const outputLines = report.markdown.split('\n');
      for (const flag of report.flags) {
        const line = outputLines[(flag.outputLine ?? 0) - 1] ?? '';
        expect(line, `${flag.kind} at ${flag.outputLine}`).not.toBe('');
        if (flag.sourceLine !== undefined && flag.kind !== 'title' && flag.kind !== 'lost-bracket') {
          expect(normalise(line)).toContain(normalise(flag.snippet).slice(0, 6));
        }
      }
    }
  });
});
