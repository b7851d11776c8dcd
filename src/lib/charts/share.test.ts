import { describe, expect, it } from 'vitest';
import { chartShareHtml, chartWork, embedHeight } from './share.ts';

const cite = { site: '老区报告库', url: '/embed/poor-population-by-region/' };
const drawn = [
  { report: 'fuxin', reportTitle: '阜新报告', reportDate: '2020-09' },
  { report: 'chifeng', reportTitle: '赤峰报告', reportDate: '2021-07-26' },
  { report: 'fuxin', reportTitle: '阜新报告', reportDate: '2020-09' },
  { report: 'baoding', reportTitle: '保定报告', reportDate: '2016-12-25' },
];

describe('a chart as a citable work', () => {
  it('is dated by the newest report it draws and lists each report once, newest first', () => {
    const work = chartWork('建档立卡贫困人口', cite, drawn);
    expect(work.date).toBe('2021-07-26');
    expect(work.sources).toEqual([
      { title: '赤峰报告', date: '2021-07-26' },
      { title: '阜新报告', date: '2020-09' },
      { title: '保定报告', date: '2016-12-25' },
    ]);
    expect(work).toMatchObject({ authors: ['老区报告库'], container: '老区报告库', kind: 'chart', url: cite.url });
    expect(work.accessed).toBeUndefined();
  });
});

describe('what a chart offers to copy', () => {
  const work = chartWork('建档立卡贫困人口', cite, drawn);
  const html = chartShareHtml(work, { path: '/embed/poor-population-by-region/', height: 620 });

  it('gives GB/T 7714, APA and the embed code, each with a copy button', () => {
    expect(html).toMatch(/^<details class="chart-share"><summary>引用与嵌入<\/summary><cite-copy class="citation">/);
    expect(html.match(/<button type="button" class="copy-button" data-copy="(gbt|apa|embed)"/g)).toHaveLength(3);
    expect(html).toContain('(2021-07-26)[<span data-slot="accessed">引用日期</span>]. <span data-slot="url">/embed/poor-population-by-region/</span>.');
  });

  it('writes the embed code as an iframe of the embed page, its address a slot to complete', () => {
    const code = /<code class="citation-text" data-format="embed">(.*?)<\/code>/.exec(html)?.[1] ?? '';
    expect(code).toBe(
      '&lt;iframe src=&quot;<span data-slot="url">/embed/poor-population-by-region/</span>&quot; title=&quot;建档立卡贫困人口&quot; ' +
        'width=&quot;100%&quot; height=&quot;620&quot; style=&quot;border:0;max-width:760px&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;',
    );
  });

  it('offers only the citation where a chart has no embed page', () => {
    const bare = chartShareHtml(work, undefined);
    expect(bare).toContain('<summary>引用此图</summary>');
    expect(bare).not.toContain('iframe');
  });
});

describe('the height of an embed', () => {
  it('grows with the taller drawing and the lines around it, in steps of 10 px', () => {
    const short = embedHeight({ wide: 240, narrow: 260, texts: ['标题'] });
    expect(short % 10).toBe(0);
    expect(embedHeight({ wide: 240, narrow: 600, texts: ['标题'] })).toBeGreaterThan(short + 200);
    expect(embedHeight({ wide: 240, narrow: 260, texts: ['标题', '注：一条写得很长、在手机上要折成好几行的说明文字，说明图中数字的范围与时间。'] })).toBeGreaterThan(short);
  });
});
