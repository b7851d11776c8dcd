import { describe, expect, it } from 'vitest';
import { chartFigureHtml } from './figure-html.ts';
import { selectFigures } from './select.ts';
import { fundLabels, funds, fundsTotal, incidence } from './test-figures.ts';

const cite = { site: '老区报告库', url: 'https://laoqu.example.org/embed/rate/', date: '2025-01-01' };

describe('chartFigureHtml', () => {
  const selected = selectFigures({ kind: 'slope', indicator: 'poverty-rate' }, incidence);
  const html = chartFigureHtml({ id: 'rate', kind: 'slope', selected, title: '贫困发生率', embeddable: true, cite });

  it('draws the chart twice, for a phone and for a column, each with the title', () => {
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('class="chart-svg chart-svg--narrow"');
    expect(html).toContain('class="chart-svg chart-svg--wide"');
    expect(html.match(/<title id="chart-rate-(narrow|wide)-title">贫困发生率<\/title>/g)).toHaveLength(2);
  });

  it('gives the same numbers as a table, each with its quote and paragraph link', () => {
    const rows = [...html.matchAll(/<tr data-figure-row="([^"]+)">/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(incidence.map((f) => f.id).sort());
    expect(html).toContain('<td class="num"><data value="9.62">9.62%</data></td>');
    expect(html).toContain('<q>贫困发生率由9.62%下降到0.06%</q> <a href="/reports/r/#p-3">报告，第3段</a>');
    expect(html).toMatch(/<details class="chart-data"><summary>图中数字与原文（4 个）<\/summary>/);
  });

  it('links its sources, the CSV and its embed page; the controls wait for JavaScript', () => {
    expect(html).toContain('数据来源：<a href="/reports/r/">《报告》</a>');
    expect(html).toContain('<a href="/data/poverty-rate.csv" download>CSV</a>');
    expect(html).toContain('<a href="/embed/rate/">嵌入</a>');
    expect(html).toContain('<div class="chart-tools" hidden>');
    expect(JSON.parse(html.match(/data-cite="([^"]+)"/)![1]!.replace(/&quot;/g, '"'))).toMatchObject({ title: '贫困发生率', url: cite.url });
  });

  it('names the whole the bars are parts of, as a linked figure', () => {
    const bars = selectFigures({ kind: 'bars', figures: funds.map((f) => f.id), total: 'cf-total', labels: fundLabels }, [...funds, fundsTotal]);
    const out = chartFigureHtml({ id: 'funds', kind: 'bars', selected: bars, cite });
    expect(out).toContain('合计 <a href="/data/poverty-funds/#cf-total" data-figure-ref="cf-total"><data value="72040000000">720.4亿元</data></a>（2014年—2020年）');
    expect(out).toContain('<tr data-figure-row="cf-total"><th scope="row"><span class="c-name">合计</span></th>');
  });
});
