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

describe('content-system layouts', () => {
  it('reads every date form, with or without a time of day', () => {
    for (const printed of ['2022/03/18', '2022-03-18', '2022.03.18', '2022年3月18日', '2022-3-18 09:30', '2022年03月18日 10:20:05']) {
      expect(parsePrintedDate(printed), printed).toBe('2022-03-18');
    }
    expect(parsePrintedDate('2022-02-30')).toBeUndefined();
  });

  it('reads the meta line of a common layout, empty counters and all', () => {
    expect(parseMetaLine('发布时间:2022/03/18  来源:延安市老区建设促进会  浏览次数:')).toEqual({
      date: '2022-03-18',
      source: '延安市老区建设促进会',
    });
    expect(parseMetaLine('发布日期：2021年9月6日  作者：  来源：兴国县老区建设促进会  点击数：1024')).toEqual({
      date: '2021-09-06',
      source: '兴国县老区建设促进会',
    });
    expect(parseMetaLine('时间：2022.03.18 编辑：李明 责任编辑：王芳')).toEqual({ date: '2022-03-18', editor: '李明' });
  });

  it('reads spaced and bracketed labels, in either script', () => {
    expect(parseMetaLine('[发布时间：2022-03-18] [来 源：通江县老促会] [阅读：128次]')).toEqual({
      date: '2022-03-18',
      source: '通江县老促会',
    });
    expect(parseMetaLine('發佈時間:2022-03-18 文章來源:巴中市老區建設促進會')).toEqual({
      date: '2022-03-18',
      source: '巴中市老區建設促進會',
    });
    expect(parseMetaLine('发布单位：赣州市老区建设促进会  发布时间：2021-09-06')).toEqual({
      issuer: '赣州市老区建设促进会',
      date: '2021-09-06',
    });
  });

  it('takes no sentence for a field', () => {
    expect(parseMetaLine('时间:2021年3月,地点:县委党校。会议由县委书记主持;')).toBeUndefined();
  });
  it('reads the line under a copied WeChat article, and never a report’s own signature and date', () => {
    expect(parseMetaLine('原创 宁化老促会 宁化县老区建设促进会 2024-03-01 18:00 福建')).toEqual({ date: '2024-03-01', author: '宁化老促会', source: '宁化县老区建设促进会' });
    expect(parseMetaLine('宁化县老区建设促进会 2024-03-01 18:00')).toEqual({ date: '2024-03-01', source: '宁化县老区建设促进会' });
    expect(parseMetaLine('保定市老区建设促进会 2016-12-25')).toBeUndefined();
    expect(parseMetaLine('会议于 2024-03-01 18:00 召开')).toBeUndefined();
  });
});
