import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/lib/content/report-file.ts';
import { renderReport } from '../../src/lib/markdown/render.ts';
import { proveFigure } from '../../src/lib/proof/prove-figure.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { fixture, fixtureEnv } from '../fixture-site.ts';

// npm run figures -- <slug>, run the way an editor runs it: a child process on a report of the
// test site (tests/fixture/), the excerpt of the 赤峰 report that holds its headline numbers.
const slug = '2021-07-chifeng-laoqu-zhenxing';

function runFigures(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/figures.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...fixtureEnv } });
}

interface Suggestion {
  id: string;
  indicator: string | null;
  region: string | null;
  scope: 'whole' | 'part';
  area?: string | null;
  time: unknown;
  measure: string;
  status: string;
  value: number;
  unit: string;
  qualifier: string;
  quote: string;
  hints: string[];
  sentence: string;
}

/** What an editor does with a suggestion: answer what it left open, drop the helper's fields. */
function answered({ sentence: _sentence, hints: _hints, ...figure }: Suggestion): Record<string, unknown> {
  const time = figure.time as { at?: string | null; start?: string | null; end?: string | null } | null;
  const answeredTime = time === null ? 'unknown' : 'at' in time ? { at: time.at ?? '2021' } : { start: time.start ?? null, end: time.end ?? '2021' };
  const { area: _area, ...rest } = figure;
  return { ...rest, scope: 'whole', time: answeredTime };
}

/** Names and modification times of the figure files: what "writes nothing" must leave alone. */
function snapshotFiguresDir(): string[] {
  const dir = join(fixture.data, 'figures');
  try {
    return readdirSync(dir).map((name) => `${name}@${statSync(join(dir, name)).mtimeMs}`).sort();
  } catch {
    return [];
  }
}

// Each case starts Node on a report: seconds on a loaded machine, not milliseconds.
describe('npm run figures', { timeout: 60_000 }, () => {
  it('prints JSON an editor can paste, with the Chifeng headline numbers, and writes nothing', async () => {
    const before = snapshotFiguresDir();
    const result = runFigures('--', slug);
    expect(result.status, result.stderr).toBe(0);
    expect(snapshotFiguresDir()).toEqual(before);

    const suggestions = JSON.parse(result.stdout) as Suggestion[];
    expect(suggestions.length).toBeGreaterThan(50);
    expect(new Set(suggestions.map((suggestion) => suggestion.id)).size).toBe(suggestions.length);

    const lifted = suggestions.find((suggestion) => suggestion.quote.includes('25.66万'));
    // 累计 up to 2020 with no start given: the start stays unknown, and 老区 flags a part.
    expect(lifted).toMatchObject({ value: 256600, unit: '人', region: '150400', time: { start: null, end: '2020' }, measure: 'cumulative', scope: 'part', qualifier: 'exact' });
    expect(lifted?.sentence).toContain('25.66万老区贫困人口全部脱贫');
    const invested = suggestions.find((suggestion) => suggestion.quote.includes('720.4亿元'));
    // 以来 gives the start; the end is left for the editor, never the report's year.
    expect(invested).toMatchObject({ indicator: 'poverty-funds', value: 72040000000, unit: '元', time: { start: '2014', end: null }, measure: 'cumulative', scope: 'whole' });
    expect(invested?.hints.join('\n')).toContain('2014年以来');
    // A sentence that names a county gets the county's code, not the prefecture's.
    const county = suggestions.find((suggestion) => suggestion.quote.includes('喀喇沁旗纳入国家财政'));
    expect(county?.region).toBe('150428');

    // Once the editor answers what is open and deletes the helper's fields, each suggestion with
    // an indicator is a figure the build accepts: it parses and its quote proves its value.
    const file = join(fixture.reports, `${slug}.md`);
    const { report } = readReportFile(file, readFileSync(file, 'utf8'));
    const { paragraphs } = await renderReport(report!.body, { script: report!.data.script });
    const complete = suggestions.filter((suggestion) => suggestion.indicator !== null);
    expect(complete.length).toBeGreaterThan(20);
    for (const figure of complete.map(answered)) {
      expect(figureSchema.safeParse(figure).success, String(figure['id'])).toBe(true);
      expect(proveFigure(figureSchema.parse(figure), paragraphs).ok, String(figure['id'])).toBe(true);
    }

    expect(result.stderr).toMatch(/\d+ 个数字/);
    expect(result.stderr).toMatch(/\d+ numbers, \d+ with a guessed indicator/);
    expect(result.stderr).toContain('Nothing was written');
  });

  it('reads a Traditional report and guesses its counties', () => {
    const result = runFigures('2016-12-baoding-jingzhun-tuopin');
    expect(result.status, result.stderr).toBe(0);
    const suggestions = JSON.parse(result.stdout) as Suggestion[];
    expect(suggestions.find((suggestion) => suggestion.quote.includes('91.12萬人'))).toMatchObject({
      indicator: 'poor-population', value: 911200, region: '130600', time: { at: '2014' }, measure: 'stock',
    });
    expect(suggestions.some((suggestion) => suggestion.region === '130624')).toBe(true); // 阜平縣
  });

  it('files a 全县 number of a county report under the county, not its prefecture', () => {
    const result = runFigures('2021-09-xingguo-geming-laoqu');
    expect(result.status, result.stderr).toBe(0);
    const suggestions = JSON.parse(result.stdout) as Suggestion[];
    expect(suggestions.find((s) => s.quote.includes('126个'))?.region).toBe('360732');
  });

  it('refuses an unknown slug in Chinese and English, listing the known reports', () => {
    const result = runFigures('no-such-report');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('没有名为「no-such-report」的报告');
    expect(result.stderr).toContain('There is no report with the slug "no-such-report"');
    expect(result.stderr).toContain(slug);
    expect(result.stderr).toContain('2016-12-baoding-jingzhun-tuopin');
  });

  it('explains its usage when no slug is given', () => {
    const result = runFigures();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('用法');
    expect(result.stderr).toContain('Usage');
  });
});
