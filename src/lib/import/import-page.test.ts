import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../../schemas/report.ts';
import { importPage, SUMMARY_PLACEHOLDER } from './import-page.ts';

const page = [
  '让世界了解老区 让老区走向世界',
  '',
  'search',
  '',
  '宁城县老区调研报告',
  '',
  '2021/07/26  浏览量:     ',
  '',
  '  宁城县是赤峰市的革命老区县。20156月,县里开始精准扶贫。',
  '',
  '  一、基本情况',
  '',
  '  全县脱贫攻坚取得决定性胜利。脱贫攻坚成果巩固。',
  '',
  '  (赤峰市老促会)',
  '',
  '编辑:童善友',
].join('\n');

const frontmatterOf = (markdown: string) => parse(markdown.split('\n---\n')[0]?.replace(/^---\n/u, '') ?? '');
const bodyOf = (markdown: string) => markdown.split('\n---\n')[1] ?? '';

describe('importPage', () => {
  const [report] = importPage(page).reports;

  it('fills the frontmatter from what the page prints, valid against the schema', () => {
    const data = reportSchema.parse(frontmatterOf(report?.markdown ?? ''));
    expect(data).toMatchObject({
      title: '宁城县老区调研报告',
      date: '2021-07-26',
      publisher: '赤峰市老促会',
      regions: ['150400', '150429'],
      script: 'zh-Hans',
      source: { name: '中国老区网' },
      summary: SUMMARY_PLACEHOLDER,
    });
    expect(report?.slug).toBe('2021-07-chifeng-laoqu');
  });

  it('drops the chrome and keeps every sentence, heading and signature', () => {
    const body = bodyOf(report?.markdown ?? '');
    expect(body).not.toMatch(/search|浏览量|编辑:|让世界了解老区/u);
    expect(body).toContain('宁城县是赤峰市的革命老区县。20156月,县里开始精准扶贫。');
    expect(body).toContain('## 一、基本情况');
    expect(body).toContain('(赤峰市老促会)');
  });

  it('points each flag at the line of the written file that holds it', () => {
    const lines = report?.markdown.split('\n') ?? [];
    const lostYear = report?.flags.find((flag) => flag.kind === 'lost-year');
    expect(lostYear?.sourceLine).toBe(9);
    expect(lines[(lostYear?.outputLine ?? 0) - 1]).toContain('20156月');
    const summary = report?.flags.find((flag) => flag.kind === 'summary');
    expect(lines[(summary?.outputLine ?? 0) - 1]).toMatch(/^summary: /u);
  });

  it('splits off a second report that opens with its own title block', () => {
    const twoReports = [
      '阜新自评报告', '日期: 2020-11-16 来源:阜新市扶贫办', '一、成效', '脱贫成果好于预期。', '\u00a0', '\u00a0',
      '阜新市决战决胜脱贫攻坚', '工作报告', '中共阜新市委 阜新市人民政府', '2020年9月)', '2020年,全市脱贫攻坚全力推进。', '打印', '分享',
    ].join('\n');
    const { reports } = importPage(twoReports);
    expect(reports.map((r) => [r.frontmatter.title, r.frontmatter.date, r.frontmatter.publisher])).toEqual([
      ['阜新自评报告', '2020-11-16', '阜新市扶贫办'],
      ['阜新市决战决胜脱贫攻坚工作报告', '2020-09', '中共阜新市委 阜新市人民政府'],
    ]);
    expect(reports[1]?.frontmatter.authors).toEqual(['中共阜新市委', '阜新市人民政府']);
    expect(bodyOf(reports[0]?.markdown ?? '')).not.toContain('工作报告');
    expect(reports[1]?.flags.map((f) => f.kind)).toContain('lost-bracket');
  });

  it('removes converter pinyin glosses and reports how many', () => {
    const result = importPage('精準發(fā)力\n\n發(fā)布日期:2016-12-25\n\n保定市老區(qū)建設促進會\n\n全市產(chǎn)業發(fā)展。');
    expect(result.glossesRemoved).toBe(5);
    expect(result.reports[0]?.markdown).not.toMatch(/\([a-zāáǎàīíǐìūúǔù]+\)/u);
    expect(result.reports[0]?.frontmatter.script).toBe('zh-Hant');
  });

  it('gives two reports of one place and month different slugs', () => {
    const text = '老区报告\n2021-01-02\n赤峰市脱贫。\n\u00a0\n老区报告\n赤峰市老促会\n2021年1月\n赤峰市脱贫。';
    const slugs = importPage(text).reports.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(2);
  });
});
