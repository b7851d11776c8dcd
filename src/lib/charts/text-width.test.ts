import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width.ts';

describe('textWidth', () => {
  it('counts a Chinese character a full em and a digit a bit over half', () => {
    expect(textWidth('阜新市', 10)).toBe(30);
    expect(textWidth('2015', 10)).toBeGreaterThan(20);
    expect(textWidth('2015', 10)).toBeLessThan(textWidth('阜新市市', 10));
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters but never inside a number', () => {
    const lines = wrapText('赤峰市2014年以来共投入扶贫资金720.4亿元', 10, 80);
    expect(lines.join('')).toBe('赤峰市2014年以来共投入扶贫资金720.4亿元');
    expect(lines.every((line) => textWidth(line, 10) <= 80)).toBe(true);
    expect(lines.some((line) => line.includes('720.4'))).toBe(true);
    expect(lines.some((line) => line.includes('2014'))).toBe(true);
  });

  it('keeps 《 with the title it opens and 、 with what it closes, and breaks addresses after a slash', () => {
    const lines = wrapText('数据来源：《甲乙丙丁》、《戊己庚辛壬癸》', 10, 95);
    expect(lines.every((line) => !line.endsWith('《') && !line.startsWith('、'))).toBe(true);
    expect(lines.join('')).toBe('数据来源：《甲乙丙丁》、《戊己庚辛壬癸》');
    const url = wrapText('https://laoqu.example.org/embed/poor-population-by-region/', 12, 200);
    expect(url[0]!.startsWith('https://')).toBe(true);
    expect(url.slice(0, -1).every((line) => line.endsWith('/'))).toBe(true);
  });
});
