import { describe, expect, it } from 'vitest';
import {
  breadcrumbSegments,
  isBlankLine,
  isImageFileLine,
  isNavigationLine,
  siteOfSlogan,
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
});
