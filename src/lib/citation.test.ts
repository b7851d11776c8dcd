import { describe, expect, it } from 'vitest';
import { formatApa, formatGbt7714, type CitableWork } from './citation.ts';

const chifeng: CitableWork = {
  title: '赤峰市老促会关于助推老区振兴发展的调研报告',
  authors: ['赤峰市老促会'],
  date: '2021-07-26',
  container: '老区报告库',
  url: 'https://laoqu.example.org/reports/2021-07-chifeng/',
  accessed: '2026-11-23',
};

describe('GB/T 7714-2015', () => {
  it('cites a web report with its publication and access dates', () => {
    expect(formatGbt7714(chifeng)).toBe(
      '赤峰市老促会. 赤峰市老促会关于助推老区振兴发展的调研报告[EB/OL]. (2021-07-26)[2026-11-23]. https://laoqu.example.org/reports/2021-07-chifeng/.',
    );
  });
  it('names the paragraph and keeps its anchor in the URL', () => {
    const cited = formatGbt7714({ ...chifeng, paragraph: 12, url: `${chifeng.url}#p-12` });
    expect(cited).toContain('调研报告[EB/OL]: 第12段.');
    expect(cited).toContain('/reports/2021-07-chifeng/#p-12.');
  });
  it('shortens more than three authors to 等', () => {
    expect(formatGbt7714({ ...chifeng, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
  });
});

describe('APA 7', () => {
  it('writes the date as year, month day', () => {
    expect(formatApa(chifeng)).toBe(
      '赤峰市老促会. (2021, July 26). 赤峰市老促会关于助推老区振兴发展的调研报告 [Report]. 老区报告库. https://laoqu.example.org/reports/2021-07-chifeng/',
    );
  });
  it('handles a month-only date and two authors', () => {
    expect(formatApa({ ...chifeng, date: '2020-09', authors: ['中共阜新市委', '阜新市人民政府'] })).toMatch(
      /^中共阜新市委, & 阜新市人民政府\. \(2020, September\)\. /,
    );
  });
  it('cites one paragraph', () => {
    expect(formatApa({ ...chifeng, paragraph: 3 })).toContain('[Report] (para. 3).');
  });
});
