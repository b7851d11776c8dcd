import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema, type ReportFrontmatter } from '../../schemas/report.ts';
import { writeFrontmatter } from './frontmatter.ts';

const report: ReportFrontmatter = {
  title: '因地制宜 精準發力 打通脫貧之路',
  subtitle: '──保定市革命老區精準脫貧工作的調研與思考',
  date: '2016-12-25',
  publisher: '保定市老區建設促進會',
  authors: ['保定市老區建設促進會'],
  regions: ['130600', '130624'],
  topics: ['脱贫攻坚'],
  script: 'zh-Hant',
  source: { name: '河北老促會' },
  summary: 'yes: no # "quoted" \\ 2016-12-25',
  corrections: [{ was: '20156月', now: '2015年6月', reason: '缺“年”字' }],
  unresolved: [],
};

const body = (text: string) => text.replace(/^---\n|---\n$/gu, '');

describe('writeFrontmatter', () => {
  it('round-trips through YAML and the report schema unchanged', () => {
    const { text } = writeFrontmatter(report);
    expect(reportSchema.parse(parse(body(text)))).toEqual(report);
  });

  it('quotes every string, so dates and codes stay strings', () => {
    const { text } = writeFrontmatter(report);
    expect(text).toContain('date: "2016-12-25"');
    expect(text).toContain('regions: ["130600", "130624"]');
  });

  it('writes a note above a field and reports the field’s line', () => {
    const { text, lineOf } = writeFrontmatter(report, { regions: '待核实 / check' });
    const lines = text.split('\n');
    const regionsLine = lineOf.regions ?? 0;
    expect(lines[regionsLine - 1]).toMatch(/^regions: /u);
    expect(lines[regionsLine - 2]).toBe('# 待核实 / check');
    expect(reportSchema.parse(parse(body(text)))).toEqual(report);
  });

  it('writes invisible characters as escapes that read back as the same character', () => {
    const damaged = { ...report, unresolved: [{ text: '怕?lián)\ue33eL險', note: '亂碼' }] };
    const { text } = writeFrontmatter(damaged);
    expect(text).toContain('"怕?lián)\\uE33EL險"');
    expect(reportSchema.parse(parse(body(text)))).toEqual(damaged);
  });

  it('leaves out optional fields that are not set', () => {
    const { subtitle: _subtitle, ...rest } = report;
    const { text } = writeFrontmatter(rest);
    expect(text).not.toContain('subtitle');
    expect(text).not.toContain('url:');
  });
});
