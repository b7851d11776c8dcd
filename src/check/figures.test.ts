import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/content/problem.ts';
import { checkContent } from './content.ts';

// A one-report site written to a scratch folder inside the project, checked as `npm run check` does.
const report = `---
title: "某市老区脱贫攻坚报告"
date: "2021-07-26"
publisher: "某市老促会"
regions: ["150400"]
script: "zh-Hans"
source:
  name: "某网站"
summary: "编者写的摘要。"
---

全市五个革命老区县2015年有贫困人口256685人，占老区总人数的26.7%，老区总人数962292人。

2014年以来，全市共投入扶贫资金720.4亿元，其中财政资金109.36亿元，金融资金611亿元。

2016年当年投入资金100亿元，其中财政30亿元，社会资金60亿元。

今年预计脱贫2.1万人，每户年增收500—2000元。
`;

const indicator = (id: string, name: string, unit: string, kind: string, measures: string[]) => ({
  id, name, nameEn: id, theme: 'poverty', unit, kind, measures, definition: `${name}的定义。`, excludes: '不含其他。', keywords: [name],
});

const baseFigures = () => [
  { id: 'poor-2015', indicator: 'poor-population', region: '150400', scope: 'part', area: 'old-counties', time: { at: '2015' }, measure: 'stock', status: 'actual', value: 256685, unit: '人', quote: '2015年有贫困人口256685人' },
  { id: 'old-pop', indicator: 'old-area-population', region: '150400', scope: 'part', area: 'old-counties', time: 'unknown', measure: 'stock', status: 'actual', value: 962292, unit: '人', quote: '老区总人数962292人' },
  { id: 'share', indicator: 'poor-share', region: '150400', scope: 'part', area: 'old-counties', time: { at: '2015' }, measure: 'rate', status: 'actual', value: 26.7, unit: '%', quote: '占老区总人数的26.7%', shareOf: { part: 'poor-2015', whole: 'old-pop' } },
  { id: 'funds', indicator: 'funds', region: '150400', scope: 'whole', time: { start: '2014', end: '2021-07' }, measure: 'cumulative', status: 'actual', value: 72040000000, unit: '元', quote: '全市共投入扶贫资金720.4亿元', parts: 'all', note: '“以来”的终点按报告日期记。' },
  { id: 'funds-fiscal', indicator: 'funds', region: '150400', scope: 'whole', time: { start: '2014', end: '2021-07' }, measure: 'cumulative', status: 'actual', value: 10936000000, unit: '元', quote: '财政资金109.36亿元', partOf: 'funds' },
  { id: 'funds-finance', indicator: 'funds', region: '150400', scope: 'whole', time: { start: '2014', end: '2021-07' }, measure: 'cumulative', status: 'actual', value: 61100000000, unit: '元', quote: '金融资金611亿元', partOf: 'funds' },
  { id: 'lifted-2021', indicator: 'lifted', region: '150400', scope: 'whole', time: { start: '2021', end: '2021' }, measure: 'flow', status: 'projection', value: 21000, unit: '人', quote: '今年预计脱贫2.1万人', note: '“今年”为报告年份2021年。' },
  { id: 'gain', indicator: 'gain', region: '150400', scope: 'whole', time: 'unknown', measure: 'flow', status: 'actual', value: { low: 500, high: 2000 }, unit: '元', quote: '每户年增收500—2000元' },
];

type Figure = ReturnType<typeof baseFigures>[number] & Record<string, unknown>;

async function check(change: (figures: Figure[]) => void = () => {}) {
  // Inside the project (report files must be), in the scratch folder npm test clears each run.
  mkdirSync('tests/output/tmp', { recursive: true });
  const root = mkdtempSync(join('tests/output/tmp', 'check-figures-'));
  mkdirSync(join(root, 'content/reports'), { recursive: true });
  mkdirSync(join(root, 'data/figures'), { recursive: true });
  writeFileSync(join(root, 'content/reports/r.md'), report);
  const write = (name: string, value: unknown) => writeFileSync(join(root, 'data', name), JSON.stringify(value, null, 2));
  mkdirSync(join(root, 'data/geo'), { recursive: true });
  write('geo/gb2260.json', [
    { id: '150000', name: '内蒙古自治区', nameHant: '內蒙古自治區', pinyin: 'nèi měng gǔ zì zhì qū', level: 'province' },
    { id: '150400', name: '赤峰市', nameHant: '赤峰市', pinyin: 'chì fēng shì', level: 'prefecture', parent: '150000' },
  ]);
  write('regions.json', []);
  write('indicators.json', [
    indicator('poor-population', '贫困人口', '人', 'count', ['stock']),
    indicator('old-area-population', '老区人口', '人', 'count', ['stock']),
    indicator('poor-share', '贫困人口占比', '%', 'rate', ['rate']),
    indicator('funds', '扶贫资金', '元', 'money', ['cumulative', 'flow']),
    indicator('lifted', '脱贫人口', '人', 'count', ['flow', 'cumulative']),
    indicator('gain', '户均增收', '元', 'money', ['flow']),
  ]);
  write('areas.json', [{ id: 'old-counties', name: '某市五个革命老区县', region: '150400' }]);
  write('sites.json', []);
  const figures = baseFigures() as Figure[];
  change(figures);
  write('figures/r.json', figures);
  const result = await checkContent({ root, reports: 'content/reports', data: 'data', geo: 'data/geo' });
  return { ...result, text: result.problems.map(formatProblem).join('\n\n') };
}

describe('the figure check', () => {
  it('accepts figures that mean what they say, and proves ranges, shares and parts', async () => {
    const { problems, warnings } = await check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('refuses a part-scope figure that does not name its part, naming file, line, id and field', async () => {
    const { text, problems } = await check((f) => delete f[0]!['area']);
    expect(text).toMatch(/data\/figures\/r\.json \(poor-2015\):\d+ \[area\]/);
    expect(text).toContain('须用 area 写明是哪一部分');
    expect(text).toContain('data/areas.json');
    expect(problems).toHaveLength(1);
  });

  it('refuses a stock with a period, a flow at a point and a cumulative total at a point', async () => {
    const { text } = await check((f) => {
      f[0]!.time = { start: '2014', end: '2015' } as never;
      f[6]!.time = { at: '2021' } as never;
      f[3]!.time = { at: '2021' } as never;
    });
    expect(text).toMatch(/\(poor-2015\):\d+ \[time\]\n\s+存量（stock）是某一时点的数/);
    expect(text).toMatch(/\(lifted-2021\):\d+ \[time\]\n\s+期内发生（flow）须写明时期/);
    expect(text).toMatch(/\(funds\):\d+ \[time\]\n\s+累计（cumulative）须写成时期/);
  });

  it('refuses a projection filed as an actual result when no note explains it', async () => {
    const { text } = await check((f) => {
      f[6]!.status = 'actual';
      delete f[6]!['note'];
    });
    expect(text).toMatch(/\(lifted-2021\):\d+ \[status\]\n\s+引文有「预计」/);
    expect(text).toContain('把 status 改为 "projection"');
  });

  it('refuses a range whose low end exceeds its high end', async () => {
    const { text } = await check((f) => (f[7]!.value = { low: 2000, high: 500 } as never));
    expect(text).toMatch(/\(gain\):\d+ \[value\]\n\s+范围下限 2000 大于上限 500/);
  });

  it('refuses parts that do not add up to their whole without a note, and warns once a note says so', async () => {
    // The report's own 2016 sentence: 30 + 60 is not 100.
    const year2016 = (note?: string) => (f: Figure[]) => {
      const flow = { indicator: 'funds', region: '150400', scope: 'whole', time: { start: '2016', end: '2016' }, measure: 'flow', status: 'actual', unit: '元' };
      f.push({ ...flow, id: 'funds-2016', value: 10000000000, quote: '当年投入资金100亿元', parts: 'all', ...(note ? { note } : {}) } as Figure);
      f.push({ ...flow, id: 'funds-2016-fiscal', value: 3000000000, quote: '财政30亿元', partOf: 'funds-2016' } as Figure);
      f.push({ ...flow, id: 'funds-2016-social', value: 6000000000, quote: '社会资金60亿元', partOf: 'funds-2016' } as Figure);
    };
    const refused = await check(year2016());
    expect(refused.text).toMatch(/\(funds-2016\):\d+ \[note\]\n\s+报告数字前后不符，且没有编者注：2 个部分之和为 90亿元，不等于合计 100亿元/);
    expect(refused.problems).toHaveLength(1);
    const noted = await check(year2016('报告所列两项之和为90亿元，少于合计100亿元，报告未说明其余来源。'));
    expect(noted.problems).toEqual([]);
    expect(noted.warnings.map(formatProblem).join('\n')).toContain('报告所列各部分之和为90亿元，与报告所写合计100亿元不符');
  });

  it('refuses a share that does not match its counts unless a note says the report is so', async () => {
    const { text } = await check((f) => {
      f[1]!.value = 862292;
      f[1]!.quote = '老区总人数962292人';
    });
    expect(text).toMatch(/\(share\):\d+ \[note\]\n\s+报告数字前后不符，且没有编者注：poor-2015 ÷ old-pop = 29.77%/);
  });

  it('refuses the same fact entered twice, and a time that is missing or invented', async () => {
    const { text } = await check((f) => {
      f.push({ ...f[0]!, id: 'poor-2015-again' });
      delete (f[7] as Record<string, unknown>)['time'];
    });
    expect(text).toContain('与 poor-2015（r）是同一事实');
    expect(text).toMatch(/\(id gain\):\d+ \[7\.time\]\n\s+时间须写明/);
  });

  it('refuses impossible dates and periods that run backwards', async () => {
    const { text } = await check((f) => {
      f[0]!.time = { at: '2015-13' } as never;
      f[3]!.time = { start: '2021', end: '2014' } as never;
    });
    expect(text).toContain('月份 13 不存在');
    expect(text).toMatch(/\(funds\):\d+ \[time\]\n\s+时期起点 2021 晚于终点 2014/);
  });
});
