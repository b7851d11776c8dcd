import { describe, expect, it } from 'vitest';
import { renderReport } from '../markdown/render.ts';
import { findChartDirectives, parseChartDirective } from './directive.ts';

const report = [
  '第一段。',
  '',
  '::chart{figures="fx-2015 fx-2019" kind="time-series" title="阜新市贫困人口"}',
  '',
  '第二段，贫困人口由2015年底的97340人减少到2019年底的659人。',
].join('\n');

describe('chart directive', () => {
  it('reads figure ids, kind and title, or a chart id', () => {
    expect(parseChartDirective('::chart{figures="a-1 b-2" kind="slope" title="贫困发生率"}')).toEqual({
      directive: { id: undefined, figures: ['a-1', 'b-2'], kind: 'slope', title: '贫困发生率' },
      problems: [],
    });
    expect(parseChartDirective('::chart{id="poverty-rate"}')?.directive.id).toBe('poverty-rate');
    expect(parseChartDirective('一段普通文字')).toBeUndefined();
  });

  it('says what is wrong with a directive an editor typed', () => {
    expect(parseChartDirective('::chart{figures="a" kind="pie"}')?.problems[0]).toMatch(/kind="pie" 不存在/);
    expect(parseChartDirective('::chart{figures="a"}')?.problems[0]).toMatch(/须写 kind=/);
    expect(parseChartDirective('::chart{colour="red" id="x"}')?.problems[0]).toMatch(/未知属性 colour/);
    expect(findChartDirectives(report)).toMatchObject([{ line: 3, directive: { figures: ['fx-2015', 'fx-2019'] } }]);
  });

  it('draws the chart in place without renumbering the paragraphs', async () => {
    const plain = await renderReport(report, { script: 'zh-Hans' });
    const drawn = await renderReport(report, {
      script: 'zh-Hans',
      chart: (directive, index) => `<chart-figure class="chart" id="chart-${index}"><figure><svg viewBox="0 0 10 10"><title>${directive.title}</title></svg><p class="chart-source">来源</p></figure></chart-figure>`,
    });
    expect(plain.paragraphs.map((p) => p.n)).toEqual([1, 2]);
    expect(drawn.paragraphs).toEqual(plain.paragraphs);
    expect(plain.html).not.toContain('::chart');
    expect(plain.html).not.toContain('chart-figure');
    expect(drawn.html).toMatch(/<p id="p-1">第一段。.*<\/p>\n?<chart-figure class="chart" id="chart-1"><figure><svg viewBox="0 0 10 10"><title>阜新市贫困人口<\/title><\/svg><p class="chart-source">来源<\/p><\/figure><\/chart-figure>\n?<p id="p-2">/s);
  });

  it('never lets a directive smuggle markup into the page', async () => {
    const { html } = await renderReport('::chart{id="x" title="<script>alert(1)</script>"}', { script: 'zh-Hans', chart: () => undefined });
    expect(html).not.toContain('<script');
    expect(html.trim()).toBe('');
  });
});
