import { describe, expect, it } from 'vitest';
import { htmlTokens } from './html-tokens.ts';

const page =
  '<!DOCTYPE html><HTML lang="zh"><head><title>a &amp; b</title><script>if (a<b) x("</p>")</script></head>' +
  '<body><p class=x data-v=\'q>r\'>1 < 2 &lt; 3<br/>脱贫</p><!-- <p>no</p> --></body></HTML>';

describe('htmlTokens', () => {
  it('gives back the page exactly when every token’s source is copied', () => {
    expect([...htmlTokens(page)].map((token) => token.raw).join('')).toBe(page);
  });

  it('reads names in lower case, values unquoted or quoted, and references decoded', () => {
    const tokens = [...htmlTokens(page)];
    const p = tokens.find((token) => token.type === 'start' && token.name === 'p');
    expect(p).toMatchObject({ attributes: new Map([['class', 'x'], ['data-v', 'q>r']]) });
    expect(tokens.filter((token) => token.type === 'end').map((token) => token.name)).toEqual(['title', 'script', 'head', 'p', 'body', 'html']);
    const texts = tokens.flatMap((token) => (token.type === 'text' ? [token.text] : []));
    expect(texts).toEqual(['a & b', '1 < 2 < 3', '脱贫']);
  });

  it('keeps script content and comments as they are, never as markup', () => {
    const others = [...htmlTokens(page)].flatMap((token) => (token.type === 'other' ? [token.raw] : []));
    expect(others).toEqual(['<!DOCTYPE html>', 'if (a<b) x("</p>")', '<!-- <p>no</p> -->']);
  });
});
