import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/csv.ts';
import { rssFeed } from '../../src/lib/feed.ts';
import { findOutsideResources, renderReport } from '../../src/lib/markdown/render.ts';
import { makeIndexDocument } from '../../src/lib/search/index-document.ts';
import { restoreText } from '../../src/lib/search/restore-fragment.ts';

/** CSV read by an independent reader (csv-parse), as a spreadsheet would read it. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

/** What hostile input becomes on a page, in the feed, in the search index and in a download. */

const render = async (markdown: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => (await renderReport(markdown, { script })).html;

describe('report Markdown on a page', () => {
  // Already safe before issue 15; kept so it stays so.
  it.each([
    ['a script', '正文<script>window.pwned=1</script>', /<script/],
    ['an event handler', '<img src="x.png" onerror="window.pwned=1">', /onerror/],
    ['a javascript: link', '[点我](javascript:window.pwned=1)', /javascript:/],
    ['an upper-case, entity-encoded javascript: link', '<a href="JaVaScRiPt&#58;alert(1)">点我</a>', /javascript/i],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe/],
    ['a style attribute', '<p style="background:url(https://evil.example/)">段</p>', /style=/],
    ['an id that would clobber a paragraph anchor', '真的第一段\n\n<p id="p-1">冒充</p>', /id="p-1">冒充/],
  ])('removes %s', async (_, markdown, forbidden) => {
    expect(await render(markdown)).not.toMatch(forbidden);
  });

  // Finding 11: README promises no request to another host.
  it.each([
    ['a Markdown image', '![图](https://evil.example/a.png)'],
    ['a reference-style image', '![图][r]\n\n[r]: http://evil.example/b.png'],
    ['a protocol-relative image', '<img src="//evil.example/c.png">'],
    ['a backslashed host', '<img src="/\\evil.example/d.png">'],
    ['a tab inside the slashes', '<img src="/&#9;/evil.example/e.png">'],
    ['a picture source', '<picture><source srcset="/ok.png 1x, https://evil.example/f.png 2x"><img src="/ok.png"></picture>'],
  ])('leaves out %s from another host, and the check names its line', async (_, markdown) => {
    const body = `第一段。\n\n${markdown}\n`;
    expect(await render(body)).not.toContain('evil.example');
    const [dropped] = await findOutsideResources(body);
    expect(dropped?.url).toContain('evil.example');
    expect(dropped?.line).toBe(3);
  });

  it('keeps an image of the site itself', async () => {
    expect(await render('![图标](/favicon.svg)')).toContain('<img src="/favicon.svg" alt="图标">');
  });

  it('links footnotes to their notes and back (finding 11)', async () => {
    const html = await render('正文[^1]，又见[^1]。\n\n[^1]: 注释。\n');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    expect(html).toContain('href="#fn-1"');
    expect(html).toContain('<h2 id="footnote-label">注释</h2>');
  });
});

describe('the feed (findings 6 and 11)', () => {
  const feed = rssFeed({ title: '老区', link: 'https://laoqu.example.org/', description: '网站', self: 'https://laoqu.example.org/feed.xml' }, [
    {
      title: '标题\u0007含控制字符\uFFFE',
      link: 'https://laoqu.example.org/reports/a/',
      date: '2021-03',
      creator: '测试 & 单位',
      description: '<img src=x onerror="alert(1)"> 摘要 &amp; 「引號」',
    },
  ]);

  it('holds only characters XML allows', () => {
    expect(feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(feed).toContain('<title>标题含控制字符</title>');
  });

  it('escapes a description twice: a reader that takes it for HTML shows the text', () => {
    const description = /<description>([^<]*)<\/description><\/item>/.exec(feed)![1]!;
    // One XML decoding gives the HTML a reader renders: no tag in it, the text escaped.
    const html = description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(html).not.toMatch(/<[a-z]/i);
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; 摘要 &amp;amp; 「引號」');
  });
});

describe('the search index (finding 6)', () => {
  it('lines up a Traditional page holding runs of invisible characters', () => {
    const page = `<html lang="zh-Hant"><body><main data-pagefind-body><p>脫${'\u200B'.repeat(5)}貧攻堅，軟\u00AD\u00AD\u00AD\u00AD\u00AD連字\u200C\u200D\u2060\u200C\u200D。</p></main></body></html>`;
    const document = makeIndexDocument(page, '/reports/x/', (text) => text.replace(/脫/g, '脱').replace(/貧/g, '贫').replace(/堅/g, '坚').replace(/軟/g, '软').replace(/連/g, '连'))!;
    // Pagefind's rendering of the indexed text: word breaks added, the invisible characters dropped.
    const content = document.indexedText.replace(/[\u00AD\u200B-\u200D\u2060]/g, '').split('').join('\u200B');
    expect(restoreText(content, document.stream!).replace(/\u200B/g, '')).toBe('脫貧攻堅，軟連字。');
  });
});

describe('a download (finding 8, already safe)', () => {
  it.each(['=HYPERLINK("https://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'])('neutralises a cell starting %j', (cell) => {
    const [, row] = parseCsv(toCsv(['quote'], [[cell]]));
    expect(row![0]).toBe(`'${cell}`);
  });
});
