import { describe, expect, it } from 'vitest';
import { dateLineLostBracket, parseMetaLine, parsePrintedDate } from './page-meta.ts';

describe('parsePrintedDate', () => {
  it('reads the date forms the seed pages print', () => {
    expect(parsePrintedDate('2021/07/26')).toBe('2021-07-26');
    expect(parsePrintedDate('2020-11-16')).toBe('2020-11-16');
    expect(parsePrintedDate('2021年01月04日')).toBe('2021-01-04');
    expect(parsePrintedDate('2020年9月)')).toBe('2020-09');
  });

  it('refuses what is no date', () => {
    expect(parsePrintedDate('2020年13月')).toBeUndefined();
    expect(parsePrintedDate('2020年9月起')).toBeUndefined();
  });
});

describe('dateLineLostBracket', () => {
  it('sees a bracket that lost its partner', () => {
    expect(dateLineLostBracket('2020年9月)')).toBe(true);
    expect(dateLineLostBracket('(2020年9月)')).toBe(false);
    expect(dateLineLostBracket('2020年9月')).toBe(false);
  });
});

describe('parseMetaLine', () => {
  it('reads date, view counter and author', () => {
    expect(parseMetaLine('2021/12/02  浏览量:   作者:呼和浩特市老区建设促进会  ')).toEqual({
      date: '2021-12-02',
      author: '呼和浩特市老区建设促进会',
    });
  });

  it('reads labelled dates, sources and editors', () => {
    expect(
      parseMetaLine('日期: 2020-11-16 浏览量:538 来源:阜新市扶贫开发领导小组办公室 责任编辑:左小玲 文字大小:'),
    ).toEqual({ date: '2020-11-16', source: '阜新市扶贫开发领导小组办公室', editor: '左小玲' });
    expect(parseMetaLine('發布日期:2016-12-25 信息來源:河北老促會 信息訪問量:?')).toEqual({
      date: '2016-12-25',
      source: '河北老促會',
    });
  });

  it('keeps the space inside a name', () => {
    expect(parseMetaLine('责任编辑:章 立')).toEqual({ editor: '章 立' });
  });

  it('leaves sentences of the report alone', () => {
    expect(parseMetaLine('资金来源:中央财政专项扶贫资金。')).toBeUndefined();
    expect(parseMetaLine('2015年以来,累计投入各类扶贫资金13.2亿元')).toBeUndefined();
  });
});
