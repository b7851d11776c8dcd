import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('&ldquo;两不愁&rdquo; &amp; &#20013;&#x56fd;')).toBe('“两不愁” & 中国');
  });

  it('leaves unknown names as written', () => {
    expect(decodeEntities('&foo;')).toBe('&foo;');
  });
});

describe('htmlToText', () => {
  it('puts each block on its own line and drops head, scripts and styles', () => {
    const html = `<html><head><title>x</title><style>p{}</style></head><body>
      <h1>全力推进脱贫富民攻坚工程</h1><script>alert(1)</script>
      <p>盐池县、同心县、<b>红寺堡区</b>交界处。</p><div>第二段<br>第三段</div></body></html>`;
    expect(htmlToText(html)).toBe('全力推进脱贫富民攻坚工程\n\n盐池县、同心县、红寺堡区交界处。\n\n第二段\n第三段');
  });

  it('keeps an image as its file name, so its caption can be recognised', () => {
    expect(htmlToText('<p><img alt="" src="/upload/QQ%E6%88%AA%E5%9B%BE1.jpg?x=1"></p><p>红川村</p>')).toBe(
      'QQ截图1.jpg\n\n红川村',
    );
  });
});
