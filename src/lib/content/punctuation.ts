/**
 * Half-width punctuation in Chinese written by this site's editors (summaries, notes, reasons,
 * titles): 「模式,指出」 should read 「模式，指出」. Report text is the publisher's and is never
 * checked, nor are the report's words an editor quotes (报告写“三县(区)”). Only what sits
 * between Chinese is flagged, so 「GB/T 7714」, 「10:30」 or 「(GDP)」 pass.
 */

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
const NAMES: Readonly<Record<string, string>> = { ',': '逗号 comma', ':': '冒号 colon', ';': '分号 semicolon', '(': '括号 parenthesis', ')': '括号 parenthesis' };

// Chinese on the left of a mark: a Han character or a closing quote or bracket; on the right,
// a Han character or an opening one (“三带一减”,指出 is flagged too).
const CHINESE_BEFORE = /[\p{Script=Han}”’」』》）】]/u;
const CHINESE_AFTER = /[\p{Script=Han}“‘「『《（【]/u;
const HAN = /\p{Script=Han}/u;

export interface HalfWidthMark {
  /** Index of the mark in the text. */
  index: number;
  mark: string;
  fullWidth: string;
  /** What the mark is, in Chinese then English. */
  name: string;
  /** The mark with a few characters either side, as written, to find it by. */
  context: string;
  /** The same stretch with the mark made full-width. */
  fixed: string;
}

const QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' };

/** Every half-width , : ; ( ) that stands between Chinese characters outside quotations, in order. */
export function halfWidthMarks(text: string): HalfWidthMark[] {
  const chars = [...text];
  const quoted = quotedPositions(chars);
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  // One space may stand between the mark and the Chinese beside it (模式, 指出).
  const before = (i: number) => chars[i - 1] === ' ' ? chars[i - 2] : chars[i - 1];
  const after = (i: number) => chars[i + 1] === ' ' ? chars[i + 2] : chars[i + 1];
  const isChinese = (char: string | undefined, pattern: RegExp) => char !== undefined && pattern.test(char);
  const flagged = new Set<number>();
  chars.forEach((char, i) => {
    if ((char === ',' || char === ':' || char === ';') && isChinese(before(i), CHINESE_BEFORE) && isChinese(after(i), CHINESE_AFTER)) flagged.add(i);
  });
  // A pair of parentheses around Chinese is flagged whole (阜新市(辽宁)); a lone one beside Chinese too.
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (char === '(') open.push(i);
    if (char !== ')') return;
    const start = open.pop();
    if (start === undefined) {
      if (isChinese(before(i), CHINESE_BEFORE)) flagged.add(i);
      return;
    }
    if (chars.slice(start + 1, i).some((c) => HAN.test(c))) flagged.add(start).add(i);
  });
  for (const start of open) if (isChinese(after(start), CHINESE_AFTER)) flagged.add(start);

  return [...flagged].filter((i) => !quoted.has(i)).sort((a, b) => a - b).map((i) => {
    const from = Math.max(0, i - 4);
    const to = Math.min(chars.length, i + 5);
    const mark = chars[i]!;
    const context = chars.slice(from, to).join('');
    const fixed = chars.slice(from, to).map((c, k) => (from + k === i || (flagged.has(from + k) && FULL_WIDTH[c]) ? (FULL_WIDTH[c] ?? c) : c)).join('');
    return { index: offsets[i]!, mark, fullWidth: FULL_WIDTH[mark]!, name: NAMES[mark]!, context, fixed };
  });
}

/** Positions inside “…”, 「…」 and 『…』: words quoted from a report, which stay as written. */
function quotedPositions(chars: readonly string[]): Set<number> {
  const inside = new Set<number>();
  let close: string | undefined;
  let start = 0;
  chars.forEach((char, i) => {
    if (close === undefined && QUOTES[char]) {
      close = QUOTES[char];
      start = i;
    } else if (char === close) {
      for (let k = start + 1; k < i; k++) inside.add(k);
      close = undefined;
    }
  });
  return inside;
}
