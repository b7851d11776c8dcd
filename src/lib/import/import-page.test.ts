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
      regions: ['150429', '150400'],
      script: 'zh-Hans',
      source: { name: '中国老区网' },
      summary: SUMMARY_PLACEHOLDER,
    });
    expect(report?.slug).toBe('2021-07-ningcheng-laoqu');
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

  it('leaves a field the page does not print empty, so the check refuses it, and says what to fill in', () => {
    const [bare] = importPage('老区调研\n\n全县脱贫攻坚取得决定性胜利。').reports;
    expect(bare?.frontmatter).toMatchObject({ date: '', publisher: '', regions: [], source: { name: '' } });
    expect(reportSchema.safeParse(frontmatterOf(bare?.markdown ?? '')).success).toBe(false);
    const lines = bare?.markdown.split('\n') ?? [];
    for (const field of ['date', 'publisher', 'regions']) {
      const at = lines.findIndex((line) => line.startsWith(`${field}:`));
      expect(lines[at - 1], field).toMatch(/^# 待核:.*请.*填写/u);
    }
    expect(bare?.slug).toBe('0000-00-laoqu');
  });
});

describe('importPage on content-system layouts', () => {
  const cms = (lines: string[]) => importPage(lines.join('\n')).reports[0];

  it('takes the line above the metadata for the title, never a breadcrumb, menu or banner', () => {
    const report = cms([
      '延安市老区建设促进会',
      '首页 | 机构概况 | 老区动态 | 调研报告 | 联系我们',
      '搜索',
      '首页 > 老区动态 > 调研报告',
      '延川县红枣产业调研报告',
      '发布时间:2022/03/18  来源:延川县老区建设促进会  浏览次数:',
      '字号 大 中 小',
      '　　延川县位于陕西省延安市东北部,全县红枣种植面积常年稳定在30万亩左右。',
      '分享到:',
      '【打印本页】【关闭窗口】',
      '上一篇:延安市老促会召开2022年工作会议',
      '下一篇:宝塔区老区建设促进会开展活动',
      '版权所有:延安市老区建设促进会  陕ICP备00000000号',
    ]);
    expect(report?.frontmatter).toMatchObject({
      title: '延川县红枣产业调研报告',
      date: '2022-03-18',
      publisher: '延川县老区建设促进会',
      regions: ['610622', '610600'],
    });
    expect(bodyOf(report?.markdown ?? '').trim()).toBe('延川县位于陕西省延安市东北部,全县红枣种植面积常年稳定在30万亩左右。');
    expect(report?.flags.find((flag) => flag.kind === 'dropped-head')?.snippet).toBe('“延安市老区建设促进会”');
  });

  it('reads every date form a content system prints', () => {
    for (const printed of ['2022/03/18', '2022-03-18', '2022.03.18', '2022年3月18日']) {
      expect(cms(['老区工作调研', `发布日期:${printed}`, '全县脱贫攻坚取得决定性胜利。'])?.frontmatter.date, printed).toBe('2022-03-18');
    }
  });

  it('takes the publisher only as the page prints it, never from the body', () => {
    const report = cms(['延川县红枣产业调研报告', '发布时间:2022/03/18  浏览次数:12', '延川县老区建设促进会组织调研组深入6个镇。县老促会建议……']);
    expect(report?.frontmatter.publisher).toBe('');
    expect(report?.flags.find((flag) => flag.kind === 'publisher')?.zh).toContain('页面未印出发布者');
    // A person named as author is an author, not the publisher.
    expect(cms(['老区调研', '作者:张明  来源:兴国县老区建设促进会', '全县脱贫。'])?.frontmatter).toMatchObject({
      publisher: '兴国县老区建设促进会',
      authors: ['张明'],
    });
  });

  it('reads the date and signer of a document’s closing lines (落款) and keeps them in the text', () => {
    const report = cms(['通江县银耳产业调研报告', '　　通江县地处川陕革命老区核心区域。', '　　通江县老区建设促进会', '　　2022年6月10日']);
    expect(report?.frontmatter).toMatchObject({ date: '2022-06-10', publisher: '通江县老区建设促进会' });
    expect(bodyOf(report?.markdown ?? '')).toContain('2022年6月10日');
  });
});

