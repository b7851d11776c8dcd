import { describe, expect, it } from 'vitest';
import { toSimplified } from '../script-convert.ts';
import { ZWSP } from './han.ts';
import { makeIndexDocument } from './index-document.ts';

const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title>${head}</head><body>` +
  `<article data-sf-publisher="保定市老區建設促進會" data-pagefind-meta="publisher[data-sf-publisher]" data-pagefind-sort="date:2016-12-25">` +
  `<h1 data-pagefind-meta="title">精準發力</h1><p data-pagefind-ignore>摘要不索引</p>${body}</article></body></html>`;

const Z = ZWSP;
/** The public origin a canonical link names. */
const ORIGIN = 'https://x.org';

describe('makeIndexDocument', () => {
  it('skips pages without data-pagefind-body and pages that are versions of another', () => {
    expect(makeIndexDocument(page('zh-Hans', '<p>脱贫</p>'), '/a/', toSimplified)).toBeUndefined();
    const twin = page('zh-Hans', '<div data-pagefind-body><p>脱贫</p></div>', `<link rel="canonical" href="${ORIGIN}/reports/a/">`);
    expect(makeIndexDocument(twin, '/reports/a/zh-hans/', toSimplified)).toBeUndefined();
    expect(makeIndexDocument(twin, '/reports/a/', toSimplified)).toBeDefined();
  });

  it('reads the script from the indexed element where the page around it is Simplified (a Traditional report)', () => {
    const doc = makeIndexDocument(page('zh-Hans', '<div data-pagefind-body lang="zh-Hant"><p>脫貧</p></div>'), '/reports/c/', toSimplified)!;
    expect(doc.stream).toEqual({ indexed: ['脱', '贫'], original: ['脫', '貧'] });
    expect(makeIndexDocument(page('zh-Hans', '<div data-pagefind-body><p lang="zh-Hant">脫貧</p></div>'), '/d/', toSimplified)!.stream).toBeUndefined();
  });

  it('indexes Traditional text in Simplified, one Han character per word, across inline tags', () => {
    const doc = makeIndexDocument(
      page('zh-Hant', `<div data-pagefind-body><p id="p-1">堅持<strong>脫貧</strong>攻堅。<a data-pagefind-ignore>¶</a></p><p>2014年</p></div>`),
      '/reports/b/',
      toSimplified,
    )!;
    expect(doc.html).toContain(`<p><span id="p-1"></span>坚${Z}持<strong>${Z}脱${Z}贫</strong>${Z}攻${Z}坚。<a data-pagefind-ignore></a></p><p>2014年</p>`);
    expect(doc.stream?.indexed.join('')).toBe('坚持脱贫攻坚。2014年');
    expect(doc.stream?.original.join('')).toBe('堅持脫貧攻堅。2014年');
    // Ignored text is not read: only the element's empty tags stay, as a boundary.
    expect(doc.html).toContain('<p data-pagefind-ignore></p>');
  });

  it('moves metadata into spaced, Simplified carriers and keeps the printed values', () => {
    const doc = makeIndexDocument(page('zh-Hant', '<div data-pagefind-body><p>文</p></div>'), '/reports/b/', toSimplified)!;
    expect(doc.meta).toEqual({ publisher: '保定市老區建設促進會', title: '精準發力' });
    expect(doc.sort).toEqual({ date: '2016-12-25' });
    expect(doc.html).toContain('<span data-pagefind-meta="title:精 准 发 力"></span>');
    expect(doc.html).toContain('<span data-pagefind-meta="publisher:保 定 市 老 区 建 设 促 进 会"></span>');
    expect(doc.html).not.toContain('data-pagefind-meta="publisher[data-sf-publisher]"');
    expect(doc.indexedText).toContain('精准发力');
  });

  it('leaves Simplified pages in their own characters and needs no restoring', () => {
    const doc = makeIndexDocument(page('zh-Hans', '<div data-pagefind-body><p>显著</p></div>'), '/c/', toSimplified)!;
    expect(doc.html).toContain(`<p>显${Z}著</p>`);
    expect(doc.stream).toBeUndefined();
  });
});

describe('makeIndexDocument without a title mark', () => {
  it('takes the first heading as the printed title, as Pagefind does', () => {
    const html = '<html lang="zh-Hans"><body><main data-pagefind-body><h1>贫困发生率</h1><p>文字</p></main></body></html>';
    const doc = makeIndexDocument(html, '/data/x/', toSimplified)!;
    expect(doc.meta['title']).toBe('贫困发生率');
    expect(doc.html).toContain('<span data-pagefind-meta="title:贫 困 发 生 率"></span>');
  });
});

describe('makeIndexDocument reads HTML as the build writes it', () => {
  const body = (inner: string) => `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body><main data-pagefind-body>${inner}</main></body></html>`;

  it('keeps anchors only for paragraphs, as empty spans that Pagefind does not copy text into', () => {
    const doc = makeIndexDocument(body('<h2 id="一">一、做法</h2><p id="p-3">文字</p><img id="x" src="a.png">'), '/r/', toSimplified)!;
    expect(doc.html).toContain(`<h2>一、做${Z}法</h2><p><span id="p-3"></span>文${Z}字</p><img src="a.png">`);
  });

  it('decodes references in text and attributes and writes them back escaped', () => {
    const doc = makeIndexDocument(
      body('<p data-x="甲&amp;乙" data-pagefind-meta="who[data-x]">中&amp;国 &lt;b&gt; &#x963F;平</p>'),
      '/r/',
      toSimplified,
    )!;
    expect(doc.meta['who']).toBe('甲&乙');
    expect(doc.html).toContain(`<p data-x="甲&amp;乙">中&amp;国 &lt;b&gt; 阿${Z}平</p>`);
  });

  it('drops what Pagefind never reads, without mistaking script text for markup', () => {
    const html = body('<script>if (a < b) document.write("<p>脱贫</p>")</script><style>p>i{}</style><nav><a href="/">首页</a></nav><!-- <p>注释</p> --><p title="a>b">脱贫</p>');
    const doc = makeIndexDocument(html, '/r/', toSimplified)!;
    expect(doc.html).toBe(
      `<!doctype html><html lang="zh-Hans"><head></head><body><main data-pagefind-body><script></script><style></style><nav></nav>` +
        `<!-- <p>注释</p> --><p title="a>b">脱${Z}贫</p></main></body></html>`,
    );
    expect(doc.indexedText).toBe('脱贫');
  });

  it('keeps a never-read element when a filter inside it needs Pagefind to see it', () => {
    const doc = makeIndexDocument(body('<nav><span data-pagefind-filter="type:报告"></span></nav><p>文</p>'), '/r/', toSimplified)!;
    expect(doc.html).toContain('<nav><span data-pagefind-filter="type:报告"></span></nav>');
  });

  it('takes a captured title from the element’s text without its ignored parts', () => {
    const doc = makeIndexDocument(body('<h1 data-pagefind-meta="title">阜平<span data-pagefind-ignore>（注）</span>县</h1>'), '/r/', toSimplified)!;
    expect(doc.meta['title']).toBe('阜平县');
  });
});
