import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from './engine.ts';
import { excerptHtml, facetsHtml, helpHtml, resultHeadHtml } from './render.ts';
import type { SearchSiteData } from './site-data.ts';

const data: SearchSiteData = {
  version: 2,
  shards: ['site/'],
  fold: { chars: '', phrases: [], kept: '' },
  facets: { type: ['报告'], publisher: ['保定市老區建設促進會'] },
  pages: { b: { u: '/reports/b/', t: '因地制宜 精準發力 <打通>', f: { type: [0], publisher: [0] }, d: '2016-12-25' }, r: { u: '/regions/1/', t: '阜平县', f: {} } },
};

describe('result rendering', () => {
  it('lists title, type, date and publisher, escaped', () => {
    expect(resultHeadHtml('b', data)).toBe(
      '<a class="result-title" href="/reports/b/">因地制宜 精準發力 &lt;打通&gt;</a><p class="result-meta"><span class="result-type">报告</span>2016年12月25日<span aria-hidden="true"> · </span>保定市老區建設促進會</p>',
    );
    expect(resultHeadHtml('r', data)).toBe('<a class="result-title" href="/regions/1/">阜平县</a>');
  });
  it('joins the per-character marks of a phrase', () => {
    expect(excerptHtml('实施<mark>易</mark><mark>地</mark><mark>搬</mark><mark>遷</mark>工程')).toBe('实施<mark>易地搬遷</mark>工程');
  });
  it('shows the stop Pagefind adds after a heading as a Chinese full stop, and leaves Western text alone', () => {
    expect(excerptHtml('狼牙山五勇士纪念塔. 纪念塔建在易县西南')).toBe('狼牙山五勇士纪念塔。纪念塔建在易县西南');
    expect(excerptHtml('行政区划代码 130633. 革命老区认定. 边界')).toBe('行政区划代码 130633。革命老区认定。边界');
    expect(excerptHtml('<mark>易</mark><mark>县</mark>. 县区')).toBe('<mark>易县</mark>。县区');
    expect(excerptHtml('See Fig. 2 and 2.5万人')).toBe('See Fig. 2 and 2.5万人');
    expect(excerptHtml('纪念碑 · 抗日战争.')).toBe('纪念碑 · 抗日战争。');
  });
  it('lists facet values with counts and ticks the chosen ones', () => {
    expect(facetsHtml({ type: [{ value: '报告', count: 7, selected: true }], year: [] })).toBe(
      '<fieldset><legend>类型</legend><label><input type="checkbox" name="type" value="报告" checked> 报告 <span class="muted">(7)</span></label></fieldset>',
    );
  });
});

describe('helpHtml', () => {
  const outcome = (counts: [string, string, number][]): SearchOutcome => ({
    parts: counts.map(([typed, folded]) => ({ typed, folded })),
    level: 'none',
    words: [],
    ids: [],
    results: new Map(),
    wordCounts: counts.map(([typed, folded, count]) => ({ word: { typed, folded }, count })),
  });
  it('offers each word that matches on its own, as a link', () => {
    const html = helpHtml(outcome([['灘羊', '滩羊', 1], ['飞地经济', '飞地经济', 2]]));
    expect(html).toContain('<a href="/search/?q=%E7%81%98%E7%BE%8A">灘羊</a>（1 条）');
    expect(html).toContain('已按简体「滩羊」查找');
  });
  it('suggests shorter words when no word matches', () => {
    expect(helpHtml(outcome([['量子', '量子', 0]]))).toContain('减少词语，或换一个更短的说法');
  });
});
