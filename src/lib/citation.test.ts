import { describe, expect, it } from 'vitest';
import { absoluteUrl, ACCESS_DATE_PLACEHOLDER, apaParts, completeWork, formatApa, formatGbt7714, gbt7714Parts, localDate, type CitableWork } from './citation.ts';

const chifeng: CitableWork = {
  title: '赤峰市老促会关于助推老区振兴发展的调研报告',
  authors: ['赤峰市老促会'],
  date: '2021-07-26',
  container: '老区报告库',
  url: 'https://laoqu.cn/reports/2021-07-chifeng/',
  accessed: '2026-11-23',
};

const chart: CitableWork = {
  title: '建档立卡贫困人口：三地的报告数字',
  authors: ['老区报告库'],
  date: '2021-07-26',
  container: '老区报告库',
  url: 'https://laoqu.cn/embed/poor-population-by-region/',
  accessed: '2026-12-04',
  kind: 'chart',
  sources: [
    { title: '赤峰市老促会关于助推老区振兴发展的调研报告', date: '2021-07-26' },
    { title: '阜新市国家扶贫改革试验区体制机制创新情况报告', date: '2020-09' },
  ],
};

describe('GB/T 7714-2015', () => {
  it('cites a web report with its publication and access dates', () => {
    expect(formatGbt7714(chifeng)).toBe(
      '赤峰市老促会. 赤峰市老促会关于助推老区振兴发展的调研报告[EB/OL]. (2021-07-26)[2026-11-23]. https://laoqu.cn/reports/2021-07-chifeng/.',
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
  it('dates a chart by its data and names every report it draws', () => {
    expect(formatGbt7714(chart)).toBe(
      '老区报告库. 建档立卡贫困人口：三地的报告数字[EB/OL]. (2021-07-26)[2026-12-04]. https://laoqu.cn/embed/poor-population-by-region/. ' +
        '数据来源: 《赤峰市老促会关于助推老区振兴发展的调研报告》(2021-07-26); 《阜新市国家扶贫改革试验区体制机制创新情况报告》(2020-09).',
    );
  });
  it('leaves the access date for the page to fill in, marked as the slot it is', () => {
    const { accessed: _, ...unread } = chifeng;
    expect(formatGbt7714(unread)).toContain(`(2021-07-26)[${ACCESS_DATE_PLACEHOLDER}]. `);
    const slots = gbt7714Parts(unread).filter((part) => typeof part !== 'string');
    expect(slots).toEqual([{ slot: 'accessed', text: ACCESS_DATE_PLACEHOLDER }, { slot: 'url', text: chifeng.url }]);
  });
});

describe('APA 7', () => {
  it('writes the date as year, month day', () => {
    expect(formatApa(chifeng)).toBe(
      '赤峰市老促会. (2021, July 26). 赤峰市老促会关于助推老区振兴发展的调研报告 [Report]. 老区报告库. https://laoqu.cn/reports/2021-07-chifeng/',
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
  it('cites a chart by its data date, without repeating the site that is its author, and names its sources', () => {
    expect(formatApa(chart)).toBe(
      '老区报告库. (2021, July 26). 建档立卡贫困人口：三地的报告数字 [Chart]. https://laoqu.cn/embed/poor-population-by-region/. ' +
        'Data from 《赤峰市老促会关于助推老区振兴发展的调研报告》 (2021, July 26) and 《阜新市国家扶贫改革试验区体制机制创新情况报告》 (2020, September).',
    );
    expect(apaParts(chart).filter((part) => typeof part !== 'string')).toEqual([{ slot: 'url', text: chart.url }]);
  });
});

describe('completing a citation where it is read', () => {
  it('puts the address the page is served from before a root path, and today as the access date', () => {
    const { accessed: _, ...built } = { ...chifeng, url: '/reports/2021-07-chifeng/#p-3' };
    expect(completeWork(built, 'http://192.168.1.20:8080', '2026-12-05')).toMatchObject({
      url: 'http://192.168.1.20:8080/reports/2021-07-chifeng/#p-3',
      accessed: '2026-12-05',
    });
  });
  it('keeps an address the build already knew, and a path where the page has no address (opened from a file)', () => {
    expect(absoluteUrl('https://laoqu.cn/reports/a/', 'http://localhost:4321')).toBe('https://laoqu.cn/reports/a/');
    expect(absoluteUrl('/reports/a/', 'null')).toBe('/reports/a/');
    expect(absoluteUrl('//other.host/a', 'https://laoqu.cn')).toBe('//other.host/a');
  });
  it("gives the reader's own date, not UTC's", () => {
    // 07:30 on 5 December in the machine's own zone is the 5th there, whatever UTC says.
    expect(localDate(new Date(2026, 11, 5, 7, 30))).toBe('2026-12-05');
  });
});
