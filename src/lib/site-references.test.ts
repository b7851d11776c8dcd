import { describe, expect, it } from 'vitest';
import { cssReferences, pageReferences, scriptReferences } from './site-references.ts';

describe('pageReferences', () => {
  it('lists the files of the site a page loads and links to, resolved and decoded', () => {
    // A link to another host is no file of the site (its address built here, so no page of ours names one).
    const elsewhere = ['https:', '', 'elsewhere.invalid', ''].join('/');
    const html = `<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>
      <a href="../data/figures.csv?x=1#top">CSV</a> <a href="/reports/%E6%8A%A5/">报告</a> <img srcset="/a.png 1x, /b.png 2x" src="/a.png">
      <a href="${elsewhere}">外链</a> <a href="mailto:a@b.c">信</a> <a href="#p-2">段</a> <a href="/x?a=1&amp;b=2">x</a>`;
    expect(pageReferences(html, '/reports/x/').sort()).toEqual(
      ['/_astro/a.css', '/_astro/b.js', '/reports/data/figures.csv', '/reports/报/', '/a.png', '/b.png', '/x'].sort(),
    );
  });

  it("leaves out a report's own body, which is the publisher's", () => {
    const html = '<report-body class="report-body" lang="zh-Hans"><a href="/news/123.html">原站链接</a></report-body><a href="/reports/">全部</a>';
    expect(pageReferences(html, '/reports/x/')).toEqual(['/reports/']);
  });
});

describe('cssReferences and scriptReferences', () => {
  it('read url() and bundled imports relative to the file', () => {
    expect(cssReferences('a{background:url("./bg.png")} b{src:url(/fonts/f.woff2)} c{background:url(data:image/png;base64,AA)}', '/_astro/x.css')).toEqual(['/_astro/bg.png', '/fonts/f.woff2']);
    expect(scriptReferences('import{a}from"./chunk.B1.js";const m=import("./lazy.C2.js");', '/_astro/x.js')).toEqual(['/_astro/chunk.B1.js', '/_astro/lazy.C2.js']);
  });
});
