import { describe, expect, it } from 'vitest';
import { escapeFeedHtml, escapeXml, rssDate } from './feed.ts';

describe('feed text', () => {
  it('escapes for XML and leaves out what XML does not allow', () => {
    expect(escapeXml('a<b>&"\'\u0000\u0008\u000B\uFFFF\uD800c\t\n')).toBe('a&lt;b&gt;&amp;&quot;&apos;c\t\n');
    expect(escapeXml('𠀀')).toBe('𠀀');
  });

  it('escapes a description as HTML, then as XML', () => {
    expect(escapeFeedHtml('<b>&amp;')).toBe('&amp;lt;b&amp;gt;&amp;amp;amp;');
  });

  it('dates a month by its first day, in China', () => {
    expect(rssDate('2021-03')).toBe('Sun, 28 Feb 2021 16:00:00 GMT');
  });
});
