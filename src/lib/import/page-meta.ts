/**
 * Page metadata lines: the date, view counter, author, source and editor lines a site prints
 * around a report (日期: 2020-11-16 浏览量:538 来源:… 责任编辑:…).
 */

/** What one metadata line says; every field is as printed. */
export interface PageMeta {
  date?: string;
  author?: string;
  source?: string;
  editor?: string;
}

// Longest labels first, so 责任编辑 is not read as 编辑 and 信息来源 not as 来源.
const LABELS = [
  '信息访问量', '信息訪問量', '信息来源', '信息來源', '发布日期', '發布日期', '发布时间', '發布時間',
  '责任编辑', '責任編輯', '浏览次数', '瀏覽次數', '文字大小', '浏览量', '瀏覽量', '访问量', '訪問量',
  '点击数', '點擊數', '作者', '来源', '來源', '日期', '时间', '時間', '编辑', '編輯', '字号', '字號',
] as const;
const LABEL_PATTERN = new RegExp(`(${LABELS.join('|')})\\s*[:：]`, 'gu');

const DATE_PATTERNS: ReadonlyArray<RegExp> = [
  /^[(（]?(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?[)）]?$/u,
  /^[(（]?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[)）]?$/u,
];

/** Reads a printed date (2021/07/26, 2020-11-16, 2021年01月04日, 2020年9月) as YYYY-MM[-DD]. */
export function parsePrintedDate(text: string): string | undefined {
  const squeezed = text.replace(/[\s\u00a0]+/gu, '');
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(squeezed);
    if (!match) continue;
    const [, year, month, day] = match;
    if (year === undefined || month === undefined) continue;
    const monthNumber = Number(month);
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    const yearMonth = `${year}-${month.padStart(2, '0')}`;
    if (day === undefined) return yearMonth;
    const dayNumber = Number(day);
    if (dayNumber < 1 || dayNumber > 31) return undefined;
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

/**
 * Reads a metadata line, or returns undefined when the line is anything else (a sentence of the
 * report that happens to hold 来源: stays text, because it does not start with a label or date).
 */
export function parseMetaLine(line: string): PageMeta | undefined {
  const text = line.replace(/[\u00a0\u3000]/gu, ' ').trim();
  if (text === '') return undefined;
  const labels = [...text.matchAll(LABEL_PATTERN)];
  const lead = (labels[0] ? text.slice(0, labels[0].index) : text).trim();
  const leadDate = lead === '' ? undefined : parsePrintedDate(lead);
  if (lead !== '' && leadDate === undefined) return undefined;
  const meta: PageMeta = {};
  if (leadDate !== undefined) meta.date = leadDate;
  labels.forEach((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    const value = text.slice(start, end).trim();
    const label = match[1] ?? '';
    if (value === '') return;
    if (/日期|时间|時間/u.test(label)) {
      const date = parsePrintedDate(value);
      if (date !== undefined) meta.date = date;
    } else if (label === '作者') meta.author = value;
    else if (/来源|來源/u.test(label)) meta.source = value;
    else if (/编辑|編輯/u.test(label)) meta.editor = value;
  });
  return meta;
}
