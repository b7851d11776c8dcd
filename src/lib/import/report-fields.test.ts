import { describe, expect, it } from 'vitest';
import { readPage } from './page.ts';
import { choosePublisher, readClosing, siteNameFromTitle } from './report-fields.ts';

describe('siteNameFromTitle', () => {
  it('takes the part of a page title that is not the report title', () => {
    expect(siteNameFromTitle('延川县红枣产业调研报告 - 延安市老区建设促进会', '延川县红枣产业调研报告')).toBe('延安市老区建设促进会');
    expect(siteNameFromTitle('赣州市老区建设促进会_兴国县产业调研', '兴国县产业调研')).toBe('赣州市老区建设促进会');
    expect(siteNameFromTitle('兴国县产业调研', '兴国县产业调研')).toBeUndefined();
    expect(siteNameFromTitle('甲 - 乙 - 丙', '兴国县产业调研')).toBeUndefined();
  });
});

describe('choosePublisher', () => {
  const first = (text: string) => {
    const page = readPage(text);
    return choosePublisher(page.reports[0]!, page, true);
  };

  it('prefers a body named as author, then the byline, then the signature, then the page’s 来源', () => {
    expect(first('标题\n作者:呼和浩特市老区建设促进会 来源:某网\n正文。')).toEqual({ value: '呼和浩特市老区建设促进会', origin: 'author' });
    expect(first('标题\n发布日期:2016-12-25 来源:河北老促会\n保定市老区建设促进会\n正文。')).toEqual({ value: '保定市老区建设促进会', origin: 'byline' });
    expect(first('标题\n发布日期:2016-12-25 来源:中国老区网\n正文。\n(赤峰市老促会)')).toEqual({ value: '赤峰市老促会', origin: 'closing' });
    expect(first('标题\n发布日期:2016-12-25 来源:阜新市扶贫办\n正文。')).toEqual({ value: '阜新市扶贫办', origin: 'source' });
  });

  it('finds none where the page prints none, whatever bodies the text names', () => {
    expect(first('标题\n发布日期:2016-12-25\n县老促会组织调研。市扶贫办参加。\n下一步工作。')).toBeUndefined();
  });
});

describe('readClosing', () => {
  it('reads the signer and date in the last lines only', () => {
    const page = readPage('标题\n2021-01-02\n(赤峰市老促会)\n正文一。\n正文二。\n正文三。\n通江县老区建设促进会\n2022年6月10日');
    expect(readClosing(page.reports[0]!)).toEqual({ signer: '通江县老区建设促进会', date: '2022-06-10' });
  });
});
