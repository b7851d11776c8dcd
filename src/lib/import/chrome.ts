/**
 * Page chrome: the parts of a copied web page that belong to the site, not to the report.
 * Matching is by whole line, so a word like 返回 inside a sentence of the report is never touched.
 */

/** Words that, alone or together on a line, are site navigation. */
const CHROME_WORDS = new Set([
  'search', '搜索', '返回', '返回列表', '返回顶部', '返回頂部', '返回首页', '返回首頁', '打印', '分享',
  '关闭', '關閉', '关闭窗口', '關閉窗口', '收藏', '字号', '字號', '大', '中', '小', '【打印】',
  '【关闭】', '【關閉】', '打印本页', '打印本頁', '上一篇', '下一篇', '分享到', '扫一扫', '掃一掃',
]);

/** Slogans printed in a site's page header, and the site they name. */
const SITE_SLOGANS: ReadonlyArray<{ slogan: string; site: string }> = [
  // The banner of 中国老区网 (zhongguolaoqu.com), the 中国老促会's site.
  { slogan: '让世界了解老区让老区走向世界', site: '中国老区网' },
];

const BREADCRUMB = /^(?:您当前的位置|您當前的位置|当前位置|當前位置|您现在的位置|您現在的位置|所在位置)\s*[:：>]?/u;
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|bmp)$/iu;
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/u;

/** Whether a line holds nothing visible (spaces, no-break spaces, ideographic spaces). */
export function isBlankLine(line: string): boolean {
  return BLANK.test(line);
}

/** Whether a line is made only of navigation words (返回, 打印 分享 返回列表, search …). */
export function isNavigationLine(line: string): boolean {
  const words = line.trim().split(/[\s\u00a0\u3000|｜]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => CHROME_WORDS.has(word.toLowerCase()));
}

/** The site a slogan line names, or undefined when the line is no known slogan. */
export function siteOfSlogan(line: string): string | undefined {
  const squeezed = line.replace(/[\s\u00a0\u3000]+/gu, '');
  return SITE_SLOGANS.find((entry) => entry.slogan === squeezed)?.site;
}

/** The segments of a breadcrumb line (您當前的位置 > 首頁> 紅色河北), or undefined. */
export function breadcrumbSegments(line: string): string[] | undefined {
  const text = line.trim();
  if (!BREADCRUMB.test(text)) return undefined;
  return text
    .replace(BREADCRUMB, '')
    .split(/[>›»]/u)
    .map((segment) => segment.trim())
    .filter(Boolean);
}

/** Whether a line is an image file name left behind by copying (QQ截图20210104172215.jpg). */
export function isImageFileLine(line: string): boolean {
  return IMAGE_FILE.test(line.trim());
}
