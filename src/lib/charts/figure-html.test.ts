import { describe, expect, it } from 'vitest';
import { chartFigureHtml } from './figure-html.ts';
import { selectFigures } from './select.ts';
import { fundLabels, funds, fundsTotal, incidence } from './test-figures.ts';

const cite = { site: '老区报告库', url: '/embed/rate/' };

describe('chartFigureHtml', () => {
  const selected = selectFigures({ kind: 'slope', indicator: 'poverty-rate' }, incidence);
  const html = chartFigureHtml({ id: 'rate', kind: 'slope', selected, title: '贫困发生率', embedPath: '/embed/rate/', cite });

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

  it('links its sources and the CSV, offers its citation and embed code; the controls wait for JavaScript', () => {
    expect(html).toContain('数据来源：<a href="/reports/r/">《报告》</a>');
    expect(html).toContain('<a href="/data/poverty-rate.csv" download>CSV</a>');
    expect(html).toContain('<details class="chart-share"><summary>引用与嵌入</summary>');
    expect(html).toContain('&lt;iframe src=&quot;<span data-slot="url">/embed/rate/</span>&quot;');
    expect(html).toContain('data-embed="/embed/rate/"');
    expect(html).toContain('<div class="chart-tools" hidden>');
    expect(html.match(/<button /g)).toHaveLength(5);
  });

  it('cites the chart by the date of its data, never the day it was built', () => {
    const work = JSON.parse(html.match(/data-cite="([^"]+)"/)![1]!.replace(/&quot;/g, '"'));
    expect(work).toMatchObject({ title: '贫困发生率', url: cite.url, date: '2021-07-26', kind: 'chart', sources: [{ title: '报告', date: '2021-07-26' }] });
    expect(work.accessed).toBeUndefined();
    expect(html).toContain('(2021-07-26)[<span data-slot="accessed">引用日期</span>]');
  });

  it('names the whole the bars are parts of, as a linked figure', () => {
    const bars = selectFigures({ kind: 'bars', figures: funds.map((f) => f.id), total: 'cf-total', labels: fundLabels }, [...funds, fundsTotal]);
    const out = chartFigureHtml({ id: 'funds', kind: 'bars', selected: bars, cite });
    expect(out).toContain('合计 <a href="/data/poverty-funds/#cf-total" data-figure-ref="cf-total"><data value="72040000000">720.4亿元</data></a>（2014年—2020年）');
    expect(out).toContain('<tr data-figure-row="cf-total"><th scope="row"><span class="c-name">合计</span></th>');
  });
});
