import { describe, expect, it } from 'vitest';
import { layOutPdfText, type PdfPage, type PdfTextItem } from './pdf-layout.ts';

// An A4 page with 14 pt text from x = 80 to x = 514: a full line holds 31 characters, 29 indented.
const SIZE = 14;
const item = (text: string, x: number, y: number, size = SIZE): PdfTextItem => ({ text, x, y, width: [...text].length * size, size });
const page = (...items: PdfTextItem[]): PdfPage => ({ width: 595, height: 842, items });
const full = (start: string, indented = false) => start.padEnd(indented ? 29 : 31, '文');

describe('layOutPdfText', () => {
  it('joins the lines a paragraph wraps onto, and opens one at an indent or a short line', () => {
    const text = layOutPdfText([
      page(
        item(full('第一段开头', true), 80 + 2 * SIZE, 700),
        item(full('续'), 80, 680),
        item('第一段结束。', 80, 660),
        item('第二段不缩进也另起,因为上一行短。', 80, 640),
      ),
    ]);
    expect(text.split('\n')).toEqual([
      `\u3000\u3000${full('第一段开头', true)}${full('续')}第一段结束。`,
      '第二段不缩进也另起,因为上一行短。',
    ]);
  });

  it('reads lines top to bottom and left to right, whatever order the file stores them in', () => {
    const stored = [item(full('第四行。'), 80, 640), item('第三行。', 80, 660), item('第一行。', 80, 700), item('第二', 80, 680), item('行。', 80 + 2 * SIZE, 680)];
    expect(layOutPdfText([page(...stored)])).toBe(`第一行。\n第二行。\n第三行。\n${full('第四行。')}`);
  });

  it('leaves out running headers, footers and page numbers, and joins a paragraph across the page break', () => {
    const header = (n: number) => item(`通江县老区建设促进会调研报告 第${n}期`, 230, 780, 10);
    const footer = (n: number) => item(`— ${n} —`, 285, 45, 10);
    const text = layOutPdfText([
      page(header(1), item('标题', 250, 740, 20), item(full('正文', true), 80 + 2 * SIZE, 700), item(full('跨页'), 80, 680), footer(1)),
      page(header(2), item('的句子结束。', 80, 740), footer(2)),
      page(header(3), item('第 3 页 共 3 页', 260, 45, 10), item('落款。', 400, 700)),
    ]);
    expect(text.split('\n')).toEqual(['\u3000\u3000标题', `\u3000\u3000${full('正文', true)}${full('跨页')}的句子结束。`, '\u3000\u3000落款。']);
  });

  it('drops the spaces a layout sets beside Chinese text, and keeps those between Latin words', () => {
    expect(layOutPdfText([page(item('今年 4 月至 5 月, 龙头企业 +合作社。', 80, 700), item('APP 与 Open Data', 80, 680), item(full('最长的一行'), 80, 660))])).toBe(
      `今年4月至5月,龙头企业+合作社。\nAPP与Open Data\n${full('最长的一行')}`,
    );
  });

  it('puts a number broken at the end of a line back together', () => {
    expect(layOutPdfText([page(item(`${'文'.repeat(29)}20`, 80, 700), item('21年线上销售额增长。', 80, 680))])).toBe(`${'文'.repeat(29)}2021年线上销售额增长。`);
  });
});
