import { describe, expect, it } from 'vitest';
import { locateQuote } from '../proof/locate-quote.ts';
import { renderReport } from './render.ts';

/** A host other than the site's, which hostile report HTML tries to load. */
const OUTSIDE_HOST = 'https://evil.example';

describe('renderReport', () => {
  it('numbers paragraphs p-1, p-2 … with a copy-link control', async () => {
    const { html, paragraphs } = await renderReport('## 一、基本情况\n\n第一段。\n\n第二段。\n', { script: 'zh-Hans' });
    expect(paragraphs).toEqual([
      { n: 1, text: '第一段。' },
      { n: 2, text: '第二段。' },
    ]);
    expect(html).toContain('<p id="p-2">第二段。<a class="p-link" href="#p-2"');
  });

  it('gives headings anchors and lists them for the contents', async () => {
    const { headings, html } = await renderReport('## 一、基本情况\n\n### （一）精准识别\n', { script: 'zh-Hans' });
    expect(headings).toEqual([
      { depth: 2, text: '一、基本情况', id: '一基本情况' },
      { depth: 3, text: '（一）精准识别', id: '一精准识别' },
    ]);
    expect(html).toContain('<h2 id="一基本情况">');
  });

  it('drops scripts, event handlers, javascript: links and iframes from raw HTML', async () => {
    const markdown = [
      '正文<script>alert(1)</script>',
      '',
      '<img src="x.png" onerror="alert(2)">',
      '',
      '[链接](javascript:alert(3)) <a href="javascript:alert(4)">a</a>',
      '',
      `<iframe src="${OUTSIDE_HOST}"></iframe>`,
      '',
      '<p id="p-1" style="color:red">冒充</p>',
    ].join('\n');
    const { html } = await renderReport(markdown, { script: 'zh-Hans' });
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|style=/i);
    expect(html.match(/id="p-1"/g)).toHaveLength(1);
  });

  it('renders a Simplified twin of a Traditional report, ids unchanged', async () => {
    const { html, htmlSimplified } = await renderReport('## 一、主要舉措\n\n精準脫貧，發展產業。\n', { script: 'zh-Hant' });
    expect(html).toContain('精準脫貧，發展產業。');
    expect(htmlSimplified).toContain('精准脱贫，发展产业。');
    expect(htmlSimplified).toContain('id="一主要舉措"');
  });

  it('marks a proven figure inside its quote only', async () => {
    const { html } = await renderReport('2015年有2621元，后来增加到2621元以上。\n', {
      script: 'zh-Hans',
      figures: [{ id: 'income-2020', quote: '增加到2621元', text: '2621元', value: '2621', href: '/data/income/#income-2020' }],
    });
    expect(html).toContain(
      '2015年有2621元，后来增加到<a class="figure-ref" href="/data/income/#income-2020" data-figure="income-2020"><data value="2621">2621元</data></a>以上。',
    );
  });

  it('marks a figure whose quote the source breaks across lines, in the paragraph the check proves', async () => {
    const quote = '累计减少贫困人口25.67万人';
    const { html, figureParagraphs } = await renderReport('开篇也提到25.67万人。\n\n到2020年底，累计减少贫困\n人口25.67万人，全部脱贫。\n', {
      script: 'zh-Hans',
      figures: [{ id: 'poor-cut', quote, text: '25.67万人', value: '256700', href: '/data/poor/#poor-cut' }],
    });
    const proven = locateQuote([{ n: 1, text: '开篇也提到25.67万人。' }, { n: 2, text: '到2020年底，累计减少贫困\n人口25.67万人，全部脱贫。' }], quote);
    expect(figureParagraphs).toEqual({ 'poor-cut': proven?.n });
    expect(figureParagraphs['poor-cut']).toBe(2);
    expect(html).toContain('<p id="p-1">开篇也提到25.67万人。');
    expect(html).toMatch(/累计减少贫困\n人口<a class="figure-ref" href="\/data\/poor\/#poor-cut" data-figure="poor-cut"><data value="256700">25\.67万人<\/data><\/a>，全部脱贫。/);
  });

  it('leaves a figure unmarked and unlocated when its quote is not in the text', async () => {
    const { html, figureParagraphs } = await renderReport('贫困人口减少了。\n', {
      script: 'zh-Hans',
      figures: [{ id: 'gone', quote: '减少12万人', text: '12万人', value: '120000', href: '/data/x/#gone' }],
    });
    expect(figureParagraphs).toEqual({});
    expect(html).not.toContain('figure-ref');
  });

  it('keeps GitHub tables, links and strikethrough, and reads one tilde as a range', async () => {
    const table = await renderReport('| 年份 | 人数 |\n| --- | --- |\n| 2015 | 2621 |\n', { script: 'zh-Hans' });
    expect(table.html).toContain('<table>');
    expect(table.html).toContain('<td>2621</td>');
    const link = await renderReport('详见 https://www.gov.cn/ 公告。\n', { script: 'zh-Hans' });
    expect(link.html).toMatch(/<a href="https:\/\/www\.gov\.cn\/">https:\/\/www\.gov\.cn\/<\/a>/);
    const struck = await renderReport('原为~~5万~~6万元。\n', { script: 'zh-Hans' });
    expect(struck.html).toContain('<del>5万</del>');
    // Each construct on its own, so a trigger missing from GFM_SYNTAX shows here.
    const email = await renderReport('联系 laocuhui@example.org 获取全文。\n', { script: 'zh-Hans' });
    expect(email.html).toContain('href="mailto:laocuhui@example.org"');
    const footnote = await renderReport('数据见附表[^1]。\n\n[^1]: 2020年统计公报。\n', { script: 'zh-Hans' });
    expect(footnote.html).toContain('data-footnote-ref');
    const tasks = await renderReport('- [x] 摘帽\n- [ ] 巩固\n', { script: 'zh-Hans' });
    expect(tasks.html).toContain('type="checkbox"');
    const ranges = await renderReport('每村5万~10万元，1~2个产业。\n', { script: 'zh-Hans' });
    expect(ranges.html).toContain('每村5万~10万元，1~2个产业。');
  });

  it('renders text without GFM syntax the same with or without the extension', async () => {
    const plain = '## 一、成效\n\n贫困发生率由2015年的12.4%降至0。\n\n- 产业\n- 就业\n\n> 引文\n';
    const { html } = await renderReport(plain, { script: 'zh-Hans' });
    // The same text with a GFM trigger character added at the end goes through remark-gfm.
    const { html: withGfm } = await renderReport(`${plain}\n|\n`, { script: 'zh-Hans' });
    expect(withGfm.startsWith(html.trimEnd())).toBe(true);
  });
});
