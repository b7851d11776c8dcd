import { describe, expect, it } from 'vitest';
import {
  breadcrumbSegments,
  isBlankLine,
  isImageFileLine,
  isMenuLine,
  isNavigationLine,
  isRelatedHeading,
  isTailLine,
  siteOfSlogan,
  withoutLeadingTools,
} from './chrome.ts';

describe('page chrome', () => {
  it('treats lines of no-break and ideographic spaces as blank', () => {
    expect(isBlankLine('\u00a0 ')).toBe(true);
    expect(isBlankLine('\u3000')).toBe(true);
    expect(isBlankLine('返回')).toBe(false);
  });

  it('recognises navigation lines, alone or combined', () => {
    expect(isNavigationLine('返回')).toBe(true);
    expect(isNavigationLine('search')).toBe(true);
    expect(isNavigationLine('打印 分享 返回列表')).toBe(true);
  });

  it('never takes a sentence that mentions navigation words for chrome', () => {
    expect(isNavigationLine('返回家乡创业')).toBe(false);
    expect(isNavigationLine('打印材料分享经验')).toBe(false);
  });

  it('names the site whose slogan heads the page', () => {
    expect(siteOfSlogan('让世界了解老区 让老区走向世界')).toBe('中国老区网');
    expect(siteOfSlogan('让老区走向世界')).toBeUndefined();
  });

  it('reads breadcrumb segments', () => {
    expect(breadcrumbSegments('您當前的位置 > 首頁> 紅色河北')).toEqual(['首頁', '紅色河北']);
    expect(breadcrumbSegments('紅色河北')).toBeUndefined();
  });

  it('recognises image file names but not captions', () => {
    expect(isImageFileLine('QQ截图20210104172215.jpg')).toBe(true);
    expect(isImageFileLine('面貌一新的红寺堡区新庄集乡红川村')).toBe(false);
  });

  it('recognises the page tools of common content systems, bracketed or not', () => {
    for (const line of ['字号 大 中 小', '【字号:大 中 小】【打印本页】【关闭窗口】', '[打印本页] [关闭窗口]', '分享到:', '分享到: 微信 微博 QQ空间', '搜 索', '【字体:大 中 小】']) {
      expect(isNavigationLine(line), line).toBe(true);
    }
    expect(isNavigationLine('大中小企业共同发展')).toBe(false);
  });

  it('reads a breadcrumb that starts at the home page, with or without a lead', () => {
    expect(breadcrumbSegments('首页 > 老区动态 > 调研报告')).toEqual(['首页', '老区动态', '调研报告']);
    expect(breadcrumbSegments('当前位置：首页 >> 调研文章')).toEqual(['首页', '调研文章']);
    expect(breadcrumbSegments('首页 » 工作动态')).toEqual(['首页', '工作动态']);
    expect(breadcrumbSegments('首页改版后,浏览量>1万。')).toBeUndefined();
  });

  it('tells a menu from a title of spaced phrases', () => {
    expect(isMenuLine('首页 | 机构概况 | 老区动态 | 调研报告')).toBe(true);
    expect(isMenuLine('首页  机构设置  政策法规  工作动态')).toBe(true);
    expect(isMenuLine('因地制宜 精准发力 打通脱贫之路')).toBe(false);
  });

  it('recognises the tail of a page: neighbours, footer, related articles', () => {
    expect(isTailLine('上一篇：于都县老促会开展走访慰问活动')).toBe(true);
    expect(isTailLine('下一篇:没有了')).toBe(true);
    expect(isTailLine('Copyright © 2021 赣州市老区建设促进会 版权所有 赣ICP备05000000号')).toBe(true);
    expect(isTailLine('下一步,我们将继续推进老区振兴。')).toBe(false);
    expect(isRelatedHeading('相关文章')).toBe(true);
  });

  it('recognises a news portal’s reader tools and their counters, never a sentence with the same words', () => {
    for (const line of ['Qzone', '评论', '图集', '打赏', '关注新华网', '订阅人民号', '+1', '0相关评论', '阅读 1024', '点赞：12', '微信 微博 Qzone', '扫一扫在手机打开当前页', '微信扫一扫', '赞，轻点两下取消赞']) {
      expect(isNavigationLine(line), line).toBe(true);
    }
    for (const line of ['评论员文章', '关注老区群众的收入', '2021年阅读量增长12%。', '+1.5%', '关注民生，服务老区网']) {
      expect(isNavigationLine(line), line).toBe(false);
    }
  });

  it('recognises where readers’ comments and more headlines begin, and a portal’s tracking number', () => {
    for (const line of ['新闻评论', '【网友评论】', '加载更多', '更多新闻：', '为你推荐', '预览时标签不可点']) expect(isRelatedHeading(line), line).toBe(true);
    expect(isNavigationLine('扫一扫，了解老区新变化。')).toBe(false);
    expect(isRelatedHeading('评论')).toBe(false);
    expect(isTailLine('0100200201100000000000000111022000000001')).toBe(true);
    expect(isTailLine('2020')).toBe(false);
  });

  it('takes bracketed page tools off the front of a line, and nothing else', () => {
    expect(withoutLeadingTools('【纠错】 责任编辑：李明')).toBe('责任编辑：李明');
    expect(withoutLeadingTools('【打印】【关闭】来源：某网')).toBe('来源：某网');
    expect(withoutLeadingTools('【重要】 通知')).toBe('【重要】 通知');
  });
});
