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

  it('indexes Traditional text in Simplified, one Han character per word, across inline tags', () => {
    const doc = makeIndexDocument(
      page('zh-Hant', `<div data-pagefind-body><p id="p-1">堅持<strong>脫貧</strong>攻堅。<a data-pagefind-ignore>¶</a></p><p>2014年</p></div>`),
      '/reports/b/',
      toSimplified,
    )!;
    expect(doc.html).toContain(`<p id="p-1">坚${Z}持<strong>${Z}脱${Z}贫</strong>${Z}攻${Z}坚。<a data-pagefind-ignore="">¶</a></p><p>2014年</p>`);
    expect(doc.stream?.indexed.join('')).toBe('坚持脱贫攻坚。2014年');
    expect(doc.stream?.original.join('')).toBe('堅持脫貧攻堅。2014年');
    expect(doc.html).toContain('摘要不索引'); // ignored text is left alone
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
