/**
 * Page metadata lines: the date, view counter, author, source and editor lines a site prints
 * around a report (发布时间:2022/03/18  来源:××市老区建设促进会  浏览次数: ; 日期: 2020-11-16 …).
 */
import { toSimplified } from '../script-convert.ts';

/** What one metadata line says; every field is as printed. */
export interface PageMeta {
  date?: string;
  author?: string;
  source?: string;
  /** The body a 发布单位 or 发布机构 field names. */
  issuer?: string;
  editor?: string;
}

type Field = keyof PageMeta | 'ignored';

// Every label a content system prints before a value, and what the value is. Counters, font
// sizes and reviewers are read so the line is known as metadata, and then left out.
const LABEL_FIELDS: ReadonlyArray<readonly [Field, string]> = [
  ['date', '发布时间 发布日期 发表时间 发表日期 更新时间 更新日期 添加时间 录入时间 上传时间 成文日期 日期 时间'],
  ['source', '信息来源 文章来源 稿件来源 新闻来源 稿源 出处 来源'],
  ['issuer', '发布单位 发布机构 发文机关'],
  ['author', '作者 撰稿人 撰稿 撰文 供稿单位 供稿'],
  ['editor', '责任编辑 编辑'],
  [
    'ignored',
    '信息访问量 浏览次数 浏览量 阅读次数 阅读量 点击次数 点击数 点击量 点击率 访问量 访问次数 人气 浏览 阅读 点击 次数 ' +
      '发布人 发布者 审核人 审核 审校 校对 录入 文字大小 字号 字体 分享到',
  ],
];
const FIELD_OF_LABEL = new Map(LABEL_FIELDS.flatMap(([field, labels]) => labels.split(' ').map((label) => [label, field] as const)));
// Longest labels first, so 责任编辑 is not read as 编辑 and 信息来源 not as 来源. Some templates
// space a label out (来 源:), and wrap fields in brackets ([来源:…]). Labels are found in a
// Simplified copy of the line, converted character by character so offsets stay the same.
const LABEL_PATTERN = new RegExp(
  `(${[...FIELD_OF_LABEL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join('[ \\u3000]?'))
    .join('|')})\\s*[:：]`,
  'gu',
);
const FIELD_BRACKETS = /[[\]［］【】]/gu;

const DATE_PATTERNS: ReadonlyArray<RegExp> = [
  /^[(（]?(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?[)）]?$/u,
  /^[(（]?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[)）]?$/u,
];
// A time after the date (2022-03-18 09:30:12, 2022年3月18日 10:20) says nothing the site keeps.
const TIME_OF_DAY = /(?<=\d|日)\s*(?:[上下]午)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;

/** Reads a printed date (2022/03/18, 2022-03-18, 2022.03.18, 2022年3月18日, 2020年9月) as YYYY-MM[-DD]. */
export function parsePrintedDate(text: string): string | undefined {
  const squeezed = text.trim().replace(TIME_OF_DAY, '').replace(/[\s\u00a0]+/gu, '');
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(squeezed);
    if (!match) continue;
    const [, year, month, day] = match;
    if (year === undefined || month === undefined) continue;
    const monthNumber = Number(month);
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    const yearMonth = `${year}-${month.padStart(2, '0')}`;
    if (day === undefined) return yearMonth;
    const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
    const dayNumber = Number(day);
    if (dayNumber < 1 || dayNumber > daysInMonth) return undefined;
    return `${yearMonth}-${day.padStart(2, '0')}`;
  }
  return undefined;
}

/** Whether a date line lacks a bracket it evidently had (2020年9月) or (2020年9月). */
export function dateLineLostBracket(text: string): boolean {
  const trimmed = text.trim();
  const opens = /^[(（]/u.test(trimmed);
  const closes = /[)）]$/u.test(trimmed);
  return opens !== closes;
}

// Where WeChat says an account posted from: a province-level region, by its short name.
const POSTED_FROM =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾';
// The line under a copied WeChat article's title: [原创] [author] account date time [where the
// account posted from]. The time of day sets it apart from a report's own signature and date.
const WECHAT_BYLINE = new RegExp(
  `^(?:原创\\s+|原創\\s+)?(?:([^\\s。，,；;：:]+)\\s+)?([^\\s。，,；;：:]+)\\s+(\\d{4}-\\d{1,2}-\\d{1,2})\\s+\\d{1,2}:\\d{2}(?:\\s+(?:${POSTED_FROM}))?$`,
  'u',
);

/** Reads the line under a copied WeChat article's title: the account is where it was carried. */
function parseWechatByline(text: string): PageMeta | undefined {
  const match = WECHAT_BYLINE.exec(text);
  if (!match) return undefined;
  const date = parsePrintedDate(match[3]!);
  if (date === undefined) return undefined;
  return { date, source: match[2]!, ...(match[1] === undefined ? {} : { author: match[1] }) };
}

/** Traditional to Simplified one character at a time (發布 → 发布), so every offset is kept. */
function simplifyEachCharacter(text: string): string {
  return [...text].map((char) => {
    const simplified = toSimplified(char);
    return simplified.length === char.length ? simplified : char;
  }).join('');
}

/**
 * Reads a metadata line, or returns undefined when the line is anything else (a sentence of the
 * report that happens to hold 来源: stays text, because it does not start with a label or date).
 */
export function parseMetaLine(line: string): PageMeta | undefined {
  const text = line.replace(FIELD_BRACKETS, ' ').replace(/[\u00a0\u3000]/gu, ' ').trim();
  if (text === '') return undefined;
  const labels = [...simplifyEachCharacter(text).matchAll(LABEL_PATTERN)];
  if (labels.length === 0) {
    const wechat = parseWechatByline(text);
    if (wechat) return wechat;
  }
  const lead = (labels[0] ? text.slice(0, labels[0].index) : text).trim();
  const leadDate = lead === '' ? undefined : parsePrintedDate(lead);
  if (lead !== '' && leadDate === undefined) return undefined;
  const fields = labels.map((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    return { field: FIELD_OF_LABEL.get((match[1] ?? '').replace(/[ \u3000]/gu, '')), value: text.slice(start, end).trim() };
  });
  // A sentence is no field value: the line is text that begins like a label (时间:…。).
  if (fields.some(({ value }) => /[。；;]/u.test(value))) return undefined;
  const meta: PageMeta = {};
  if (leadDate !== undefined) meta.date = leadDate;
  for (const { field, value } of fields) {
    if (value === '' || field === undefined || field === 'ignored') continue;
    const date = field === 'date' ? parsePrintedDate(value) : undefined;
    if (field !== 'date') meta[field] ??= value;
    else if (date !== undefined) meta.date ??= date;
  }
  return meta;
}
