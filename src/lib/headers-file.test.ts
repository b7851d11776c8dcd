import { describe, expect, it } from 'vitest';
import { headersAppliedTo, headersFile, headersRules, HEADERS_FILE_MAX_RULES, parseHeadersFile, patternMatches } from './headers-file.ts';
import { CACHE_IMMUTABLE, CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY, headersFor } from './security-headers.ts';

/** A small built site: pages, embeds, hashed assets, the search index, downloads and top-level files. */
const SITE = [
  '_headers', 'index.html', 'index.html.gz', '404.html', '404.html.gz', 'feed.xml', 'favicon.svg', 'sitemap-index.xml',
  '_astro/Base.Dx3f.css', '_astro/maps.B2k9.js', '_astro/maps.B2k9.js.gz',
  'reports/index.html', 'reports/a/index.html', 'reports/a/zh-hans/index.html',
  'embed/poverty/index.html', 'embed/income/index.html', 'embed/income/index.html.gz',
  'pagefind/laoqu-search.json', 'pagefind/site/pagefind.js', 'pagefind/site/fragment/zh_1a2b.pf_fragment',
  'data/index.html', 'data/figures.csv', 'data/poverty/index.html', 'geo/130600.json', 'search/index.html',
];

/** Every URL the small site answers, and some under its folders that it does not. */
const URLS = [
  '/', '/index.html', '/index.html.gz', '/404.html', '/feed.xml', '/favicon.svg', '/sitemap-index.xml',
  '/_astro/Base.Dx3f.css', '/_astro/maps.B2k9.js.gz', '/reports/', '/reports/a/', '/reports/a/zh-hans/', '/reports/no-such/',
  '/embed/poverty/', '/embed/income/index.html', '/embed/no-such/', '/pagefind/site/pagefind.js',
  '/pagefind/site/fragment/zh_1a2b.pf_fragment', '/data/', '/data/figures.csv', '/data/poverty/', '/geo/130600.json', '/search/',
];

describe('the generated _headers file (finding 13)', () => {
  const rules = parseHeadersFile(headersFile(headersRules(SITE)));

  it('sends every header once, and as the policy says, even on hosts that apply every matching rule', () => {
    for (const url of URLS) {
      const applied = headersAppliedTo(rules, url);
      const expected = headersFor(url, { https: true });
      expect(Object.keys(applied).sort(), url).toEqual(Object.keys(expected).sort());
      for (const [name, values] of Object.entries(applied)) expect(values, `${url} ${name}`).toEqual([expected[name]]);
    }
  });

  it('gives an embed exactly one CSP, the one that lets other sites frame it', () => {
    for (const url of ['/embed/poverty/', '/embed/income/index.html']) {
      expect(headersAppliedTo(rules, url)['Content-Security-Policy'], url).toEqual([EMBED_CONTENT_SECURITY_POLICY]);
    }
    expect(headersAppliedTo(rules, '/reports/a/')['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headersAppliedTo(rules, '/_astro/maps.B2k9.js')['Cache-Control']).toEqual([CACHE_IMMUTABLE]);
  });

  it('has no rule for all URLs, one rule per uniform folder, and one per file at the top level', () => {
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).not.toContain('/*');
    expect(patterns).toEqual(expect.arrayContaining(['/', '/index.html', '/index.html.gz', '/404.html', '/feed.xml', '/_astro/*', '/embed/*', '/reports/*', '/pagefind/*']));
    expect(patterns.filter((pattern) => pattern.startsWith('/embed/'))).toEqual(['/embed/*']);
    expect(patterns).not.toContain('/_headers');
    expect(rules.every((rule) => rule.headers['Strict-Transport-Security'])).toBe(true);
  });

  it('matches each URL of the site by one rule only', () => {
    for (const url of URLS) expect(rules.filter((rule) => patternMatches(rule.pattern, url)).length, url).toBe(1);
  });

  it('splits a folder that mixes headers into its files and subfolders', () => {
    const mixed = headersRules(['index.html', 'shared/index.html', 'shared/_astro/a.js', 'shared/embed/index.html']);
    expect(mixed.map((rule) => rule.pattern)).toEqual(['/', '/index.html', '/shared/*']);
    // /shared/_astro/ is no hashed-asset folder and /shared/embed/ no embed: the folder is uniform.
    const nested = headersRules(['index.html', 'embed/index.html', 'embed/x/index.html']);
    expect(nested.map((rule) => rule.pattern)).toEqual(['/', '/index.html', '/embed/*']);
  });

  it(`refuses a site whose top level would need more than ${HEADERS_FILE_MAX_RULES} rules, and a name _headers would misread`, () => {
    const crowded = Array.from({ length: HEADERS_FILE_MAX_RULES }, (_, i) => `file-${i}.txt`);
    expect(() => headersRules(['index.html', ...crowded])).toThrow(/_headers 需要 102 条规则.*Cloudflare Pages/s);
    expect(() => headersRules(['index.html', 'a*b.txt'])).toThrow(/\/a\*b\.txt：文件名含有 _headers 的特殊字符/);
    expect(() => headersRules(['index.html', ':x/index.html'])).toThrow(/rename it/);
  });

  it('reads a _headers file back as written, and matches patterns as the hosts do', () => {
    expect(parseHeadersFile('# note\n/a/*\n  X-One: 1\n  X-Two: a: b\n\n/b\n  X-One: 2\n')).toEqual([
      { pattern: '/a/*', headers: { 'X-One': '1', 'X-Two': 'a: b' } },
      { pattern: '/b', headers: { 'X-One': '2' } },
    ]);
    expect(patternMatches('/a/*', '/a/')).toBe(true);
    expect(patternMatches('/a/*', '/a/b/c.js')).toBe(true);
    expect(patternMatches('/a/*', '/a')).toBe(false);
    expect(patternMatches('/', '/index.html')).toBe(false);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
  });
});
