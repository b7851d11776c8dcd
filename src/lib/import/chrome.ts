/**
 * Page chrome: the parts of a copied web page that belong to the site, not to the report.
 * Matching is by whole line, so a word like 返回 inside a sentence of the report is never touched.
 * Some lines are chrome only around the report (a menu, a footer, the next article's title):
 * those tests are for the page's head and tail, never for its body.
 */

/** Words that, alone or together on a line, are site navigation and page tools. */
const CHROME_WORDS = new Set([
  'search', 'top', '搜索', '搜 索', '站内搜索', '全站搜索', '高级搜索', '检索', '请输入关键字', '请输入关键词',
  '返回', '返回列表', '返回顶部', '返回頂部', '返回首页', '返回首頁', '返回上一页', '返回上页', '顶部',
  '打印', '打印本页', '打印本頁', '打印此页', '打印文章', '打印该页', '关闭', '關閉', '关闭窗口', '關閉窗口', '关闭本页',
  '收藏', '加入收藏', '收藏本页', '推荐', '推荐给好友', '纠错', '我要纠错',
  '字号', '字號', '字体', '字體', '文字大小', '大', '中', '小', '默认', 'a+', 'a-', 'a',
  '分享', '分享到', '扫一扫', '掃一掃', '微信', '微博', '新浪微博', '腾讯微博', 'qq空间', 'qq好友', 'qq', '朋友圈',
  '人人网', '豆瓣', '复制链接', '更多', '首页', '首頁',
  // A news portal's share and reader tools under the date line: Qzone 评论 图集, 打赏, 点赞 …
  'qzone', '评论', '評論', '图集', '圖集', '点赞', '點讚', '在看', '转发', '轉發', '举报', '舉報', '打赏', '打賞',
  '关注', '關注', '订阅', '訂閱', '留言', '手机版', '手機版', '手机看', '客户端', '客戶端',
  // What a copied WeChat article ends with, the app's own controls.
  '关注该公众号', '關注該公眾號', '使用小程序', '小程序', '知道了', '取消', '允许', '允許', '视频', '視頻', '听过', '聽過',
  '赞，轻点两下取消赞', '在看，轻点两下取消在看',
]);
// An invitation to open the page on a phone: 扫一扫在手机打开当前页, 微信扫一扫, 用手机扫描二维码.
const SCAN_PROMPT = /^(?:请)?(?:用|使用)?(?:手机|手機|微信)?(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼)\p{Script=Han}{0,12}$/u;
// What reader tools print beside themselves: +1, 0相关评论, 阅读 1024, 点赞:12.
const TOOL_COUNTER =
  /^(?:[+＋]\s*\d+|\d+\s*(?:条|條|人)?\s*(?:相关|相關)?(?:评论|評論|点赞|點讚|赞|讚|转发|轉發|阅读|閱讀|浏览|瀏覽|收藏|分享)|(?:评论|評論|点赞|點讚|赞|讚|转发|轉發|阅读|閱讀|浏览|瀏覽|收藏|分享)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d+)$/u;
// A portal's invitation to follow it: 关注新华网, 订阅人民号, 关注微信公众号.
const FOLLOW_SITE = /^(?:关注|關注|订阅|訂閱)\S{0,12}?(?:网|網|号|號|微博|微信|客户端|客戶端|公众号|公眾號)$/u;
// Brackets, bars and colons that join page tools on one line: 【字号:大 中 小】【打印本页】[关闭窗口]
const TOOL_SEPARATORS = /[\s\u00a0\u3000|｜丨·•【】[\]［］()（）〔〕<>《》:：,，、/]+/u;

/** Slogans printed in a site's page header, and the site they name. */
const SITE_SLOGANS: ReadonlyArray<{ slogan: string; site: string }> = [
  // The banner of 中国老区网 (zhongguolaoqu.com), the 中国老促会's site.
  { slogan: '让世界了解老区让老区走向世界', site: '中国老区网' },
];

const BREADCRUMB_LEAD = /^(?:您|你)?(?:当前|當前|现在|現在|目前)?(?:的|所在)?位置(?:是)?\s*[:：>›»]?/u;
const HOME = /^(?:网站首页|網站首頁|首页|首頁|主页|主頁|home)$/iu;
const CRUMB_SEPARATOR = /\s*(?:>>|&gt;|[>›»＞→/])\s*/u;
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|bmp)$/iu;
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/u;
// Lines that only a page's tail holds: the neighbours' titles, the footer.
const NEIGHBOUR = /^[【[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇|上一篇文章|下一篇文章)\s*[:：】\]]/u;
const FOOTER = /版权所有|版權所有|copyright|©|ICP备|ICP證|ICP证|公网安备|公網安備|技术支持|技術支持|主办单位|主辦單位|承办单位|网站地图|网站标识码|您是第\s*\d+\s*位|访问人次|建议使用.{0,20}浏览器|分辨率/iu;
// A list of other articles under the report, its readers' comments, or an app's own controls
// (WeChat's begin 预览时标签不可点): everything from this line on is the site's.
const RELATED_HEADING = new RegExp(
  `^[【[]?(?:${[
    '相关文章', '相关新闻', '相关阅读', '相关链接', '相關文章', '相關新聞', '推荐阅读', '推薦閱讀', '延伸阅读', '热门文章', '热点文章',
    '最新文章', '猜你喜欢', '友情链接', '更多新闻', '更多新聞', '更多精彩', '往期回顾', '往期回顧', '精彩推荐', '精彩推薦', '热点推荐',
    '热门推荐', '今日推荐', '为你推荐', '為你推薦', '图片新闻', '圖片新聞', '视频推荐', '新闻评论', '新聞評論', '网友评论', '網友評論',
    '发表评论', '發表評論', '我要评论', '我要評論', '评论区', '評論區', '热门评论', '最新评论', '全部评论', '加载更多', '載入更多', '查看更多',
    '预览时标签不可点', '預覽時標籤不可點', '微信扫一扫关注该公众号', '继续滑动看下一个', '繼續滑動看下一個', '向上滑动看下一个', '轻触阅读原文', '輕觸閱讀原文',
  ].join('|')})[】\\]]?\\s*[:：]?$`,
  'u',
);
// A tracking number a portal prints at the foot of its page: digits alone, far too many for a figure.
const TRACKING_NUMBER = /^\d{16,}$/u;
// Page tools in brackets before a line's text: 【纠错】 责任编辑: 华政.
const LEADING_TOOL = /^[【[［]([^】\]］]{1,8})[】\]］]\s*/u;
const SENTENCE_PUNCTUATION = /[。，,；;：:！？!?“”"]/u;
const MIN_MENU_ITEMS = 3;
const MIN_SPACED_MENU_ITEMS = 5;
const MAX_MENU_ITEM = 6;

/** Whether a line holds nothing visible (spaces, no-break spaces, ideographic spaces). */
export function isBlankLine(line: string): boolean {
  return BLANK.test(line);
}

/** Whether a line is made only of page tools (返回, 打印 分享 返回列表, 【字号:大 中 小】【关闭窗口】, search …). */
export function isNavigationLine(line: string): boolean {
  const trimmed = line.trim().toLowerCase();
  if (CHROME_WORDS.has(trimmed) || TOOL_COUNTER.test(trimmed) || SCAN_PROMPT.test(trimmed)) return true;
  if (FOLLOW_SITE.test(trimmed) && !SENTENCE_PUNCTUATION.test(trimmed)) return true;
  const words = trimmed.split(TOOL_SEPARATORS).filter(Boolean);
  return words.length > 0 && words.every((word) => CHROME_WORDS.has(word));
}

/** The site a slogan line names, or undefined when the line is no known slogan. */
export function siteOfSlogan(line: string): string | undefined {
  const squeezed = line.replace(/[\s\u00a0\u3000]+/gu, '');
  return SITE_SLOGANS.find((entry) => entry.slogan === squeezed)?.site;
}

/**
 * The segments of a breadcrumb line, or undefined: 您當前的位置 > 首頁> 紅色河北, or one that
 * starts at the home page, 首页 > 老区动态 > 调研报告.
 */
export function breadcrumbSegments(line: string): string[] | undefined {
  const text = line.trim();
  const led = BREADCRUMB_LEAD.test(text);
  const segments = text
    .replace(BREADCRUMB_LEAD, '')
    .split(CRUMB_SEPARATOR)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (led) return segments;
  const [first] = segments;
  const fromHome = first !== undefined && HOME.test(first) && segments.length >= 2;
  return fromHome && segments.every((segment) => !SENTENCE_PUNCTUATION.test(segment)) ? segments : undefined;
}

/** Whether a line is an image file name left behind by copying (QQ截图20210104172215.jpg). */
export function isImageFileLine(line: string): boolean {
  return IMAGE_FILE.test(line.trim());
}

/**
 * Whether a line is a site menu (首页 | 机构概况 | 老区动态 …): items between bars, or a row of
 * short items that starts at the home page or runs to five or more. Three spaced phrases are a
 * title (因地制宜 精准发力 打通脱贫之路), not a menu. Head and tail only.
 */
export function isMenuLine(line: string): boolean {
  if (SENTENCE_PUNCTUATION.test(line)) return false;
  const short = (items: string[]) => items.every((item) => [...item].length <= MAX_MENU_ITEM && /^\p{Script=Han}+$/u.test(item));
  const barred = line.trim().split(/\s*[|｜丨]\s*/u).filter(Boolean);
  if (barred.length >= MIN_MENU_ITEMS) return short(barred);
  const spaced = line.trim().split(/[\s\u00a0\u3000·•]+/u).filter(Boolean);
  const fromHome = spaced.length >= MIN_MENU_ITEMS && HOME.test(spaced[0] ?? '');
  return (fromHome || spaced.length >= MIN_SPACED_MENU_ITEMS) && short(spaced);
}

/** Whether a line belongs to a page's tail: the neighbouring articles, the footer. Tail only. */
export function isTailLine(line: string): boolean {
  const text = line.trim();
  return NEIGHBOUR.test(text) || FOOTER.test(text) || TRACKING_NUMBER.test(text) || isMenuLine(text);
}

/** The line with the page tools bracketed before its text taken off: 【纠错】 责任编辑:华政 → 责任编辑:华政. */
export function withoutLeadingTools(line: string): string {
  let rest = line.trim();
  for (let tool = LEADING_TOOL.exec(rest); tool && isNavigationLine(tool[1]!); tool = LEADING_TOOL.exec(rest)) {
    rest = rest.slice(tool[0].length);
  }
  return rest;
}

/** Whether a line heads what the site adds under a report: other articles, comments, an app's controls. Tail only. */
export function isRelatedHeading(line: string): boolean {
  return RELATED_HEADING.test(line.trim());
}
