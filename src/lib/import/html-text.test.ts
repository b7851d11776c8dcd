import { describe, expect, it } from 'vitest';
import { decodePercentEncoded, htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('puts each block on its own line and drops head, scripts, styles and forms', () => {
    const html = `<html><head><title>标题 - 示例网</title><style>p{}</style></head><body>
      <h1>全力推进脱贫富民攻坚工程</h1><script>alert(1)</script><form><input value="请输入"><button>搜索</button></form>
      <p>盐池县、同心县、<b>红寺堡区</b>交界处。</p><div>第二段<br>第三段</div><div style="display:none">隐藏</div></body></html>`;
    expect(htmlToText(html)).toEqual({
      text: '全力推进脱贫富民攻坚工程\n\n盐池县、同心县、红寺堡区交界处。\n\n第二段\n第三段',
      documentTitle: '标题 - 示例网',
    });
  });

  it('decodes character references and keeps the indent a paragraph shows', () => {
    expect(htmlToText('<p>&nbsp;&nbsp;&ldquo;两不愁&rdquo; &amp; &#20013;&#x56fd;</p>').text).toBe('\u00a0\u00a0“两不愁” & 中国');
  });

  it('keeps an image as its file name, so its caption can be recognised', () => {
    expect(htmlToText('<p><img alt="" src="/upload/QQ%E6%88%AA%E5%9B%BE1.jpg?x=1"></p><p>红川村</p>').text).toBe('QQ截图1.jpg\n\n红川村');
  });

  it('reads an image path percent-encoded in GBK, on a GBK page or any other (a URIError before)', () => {
    expect(htmlToText('<img src="/uploads/%D1%D3%B4%A8%BA%EC%D4%E6.jpg"><p>图注</p>', 'gbk').text).toBe('延川红枣.jpg\n\n图注');
    // On a UTF-8 page too, and beside a broken escape: read as well as can be, never thrown.
    expect(htmlToText('<img src="/uploads/%D1%D3%B4%A8.jpg"><img src="/%E0%A4%A.png"><p>x</p>').text).toMatch(/^延川\.jpg\n\n.+\.png\n\nx$/u);
  });

  it('reads a huge inline image as an image, without reading its data (a stack overflow before)', () => {
    const html = `<p>前文。</p><p><img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(1_400_000)}"></p><p>图注</p>`;
    expect(htmlToText(html).text).toBe('前文。\n\ninline-image.png\n\n图注');
  });

  it('takes time in proportion to the page where tags are never closed', () => {
    // The best of three runs, so a busy machine's pauses do not count.
    const time = (html: string) =>
      Math.min(...[1, 2, 3].map(() => {
        const start = performance.now();
        htmlToText(html);
        return performance.now() - start;
      }));
    for (const tag of ['<div>', '<b>', '<p><span>', '<!--', '<script>', '<img src="', '<']) {
      const small = time(`${tag}文字`.repeat(5_000));
      const large = time(`${tag}文字`.repeat(80_000));
      // Sixteen times the page: about sixteen times the time, where the regular expressions took
      // 256 (40,000 unclosed <!-- took 74 s). The margin is for a busy machine.
      expect(large, tag).toBeLessThan(Math.max(small, 25) * 80);
    }
  }, 120_000);

  it('walks a page nested far deeper than the call stack allows', () => {
    expect(htmlToText(`${'<div>'.repeat(200_000)}深处的文字`).text).toBe('深处的文字');
  });
});

describe('decodePercentEncoded', () => {
  it('reads UTF-8, then the page encoding, and keeps what neither reads', () => {
    expect(decodePercentEncoded('QQ%E6%88%AA%E5%9B%BE.jpg', 'utf-8')).toBe('QQ截图.jpg');
    expect(decodePercentEncoded('%D1%D3%B4%A8.jpg', 'gbk')).toBe('延川.jpg');
    expect(decodePercentEncoded('%FF%FE%FF.jpg', 'utf-8')).toBe('%FF%FE%FF.jpg');
  });
});
