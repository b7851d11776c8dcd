import { describe, expect, it } from 'vitest';
import { readReportFile } from './report-file.ts';

const head = (extra = '', summary = '编者摘要。') => `---
title: "报告"
date: "2021-07-26"
publisher: "赤峰市老促会"
regions: ["150400"]
script: "zh-Hans"
source:
  name: "中国老区网"
summary: "${summary}"
${extra}---
`;

describe('readReportFile', () => {
  it('accepts a valid report and takes its slug from the file name', () => {
    const { report, problems } = readReportFile('content/reports/2021-07-chifeng.md', head() + '正文。\n');
    expect(problems).toEqual([]);
    expect(report?.slug).toBe('2021-07-chifeng');
    expect(report?.bodyStartLine).toBe(11);
  });

  it('names the line of a field with the wrong form', () => {
    const { problems } = readReportFile('a.md', head().replace('"2021-07-26"', '"2021/07/26"') + '正文。\n');
    expect(problems).toMatchObject([{ file: 'a.md', line: 3, field: 'date', message: expect.stringContaining('YYYY-MM-DD') }]);
  });

  it('points at a misspelt key where it is written', () => {
    const { problems } = readReportFile('a.md', head('soruce: 1\n') + '正文。\n');
    expect(problems).toMatchObject([{ line: 10, message: expect.stringContaining('soruce') }]);
  });

  it('refuses YAML that does not parse, with its line', () => {
    const { problems } = readReportFile('a.md', head().replace('title: "报告"', 'title: "报告') + '正文。\n');
    expect(problems[0]?.message).toContain('YAML');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('requires corrections and unresolved notes to quote the body', () => {
    const extra = 'corrections:\n  - was: "20156月"\n    now: "2015年6月"\n    reason: "缺年字"\nunresolved:\n  - text: "今年11日"\n    note: "缺月字"\n';
    const { problems } = readReportFile('a.md', head(extra) + '正文没有这些字。\n');
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['corrections.0.now', 12],
      ['unresolved.0.text', 15],
    ]);
  });

  it('flags the importer placeholder summary and leftover pinyin glosses', () => {
    const { problems } = readReportFile('a.md', head('', '待编辑撰写 / to be written by the editor') + '第一段。\n\n發(fā)展。\n');
    expect(problems.map((p) => p.field ?? p.line)).toEqual(['summary', 13]);
  });

  it('bounds YAML alias expansion', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const { problems } = readReportFile('a.md', `---\n${bomb}---\n正文\n`);
    expect(problems[0]?.message).toMatch(/YAML/);
  });
});
