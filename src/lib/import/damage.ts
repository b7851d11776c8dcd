/**
 * Copying damage: characters lost or garbled between the publisher's page and the text we got.
 * Each finding is reported, never repaired: only an editor, reading the whole report, can tell
 * whether the text itself proves the repair.
 */
import type { Flag, FlagKind, SourceLine } from './types.ts';

interface Hit {
  kind: FlagKind;
  start: number;
  end: number;
}

const LOST_YEAR = /(?<![\d.])(?:19|20)\d{2}(?:1[0-2]|[1-9])月/gu;
const LOST_MONTH = /(?<=年)\d{2,3}日/gu;
// 3月18, or 3月18起: a day with no 日 after it (3月18、19日 and 3月18至20日 are whole).
const LOST_DAY = /(?<![\d.])(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])(?=[,，。;；:：)）\s前后起止]|$)/gu;
const NUMBER = String.raw`\d+(?:\.\d+)?[万亿]?`;
// 2900/年: a rate whose quantity lost its unit (2900元/年); 3次/年 and 2022/03 are whole.
const UNIT_LOST_BEFORE_RATE = new RegExp(String.raw`(?<![\d.\/])${NUMBER}(?=\/(?:年|月|日|天|周|人|户|亩|次|斤|公斤|吨|平方米|小时))`, 'gu');
// 由1800元提高到2900, : the number compared with one that has a unit has none.
const UNIT_LOST_IN_CHANGE = new RegExp(
  String.raw`(?<=(?:由|从)[^,，。;；]{0,10}?${NUMBER}(?:元|人|户|亩|个|吨|斤|公斤|家|所|名|头|只|套|间|公里|千米|米)[^,，。;；]{0,12}?(?:提高|增加|增长|上升|提升|下降|降低|减少|扩大|达)到)${NUMBER}(?=[,，。;；、\s]|$)`,
  'gu',
);
const STRAY_LATIN = /(?<=[。！？!?」”)）])[A-Za-z]{1,2}\s*$/u;
// Characters that only turn up when UTF-8 was read as GBK (锟斤拷, 鈥, 銆 …), and runs of what
// UTF-8 becomes when read as Latin-1 or Windows-1252 (æ–‡ for 文).
const MOJIBAKE_MARKERS = /[锟鈥銆锛鐨鏄鍦鎴鍚]|(?:[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{1,2}){2,}/gu;
// □ is what many fonts and converters print for a character they cannot show.
const MISSING_GLYPH = /\u25a1/gu;
// U+FFFD, private-use and control characters: a font-less glyph or a byte that lost its character.
const REPLACEMENT = /[\uFFFD\p{Co}\p{Cn}\u0000-\u0008\u000B-\u001F\u007F]/gu;
const QUESTION_WORDS = /(?:吗|嗎|呢|么|麼|吧|什么|什麼|怎|何|哪|谁|誰|多少|是否|难道|難道|几|幾)[^。，,；;]{0,12}$/u;
const PINYIN_BEFORE = /[a-zü\u00e0-\u01dc]$/u;
const HAN = /\p{Script=Han}/u;

function matchesOf(pattern: RegExp, text: string, kind: FlagKind): Hit[] {
  return [...text.matchAll(pattern)].map((m) => ({
    kind,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** A '?' in Chinese text that is no question mark: nothing before it asks anything. */
function unreadableQuestionMarks(text: string): Hit[] {
  if (!HAN.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(/[?？]/gu)) {
    const at = m.index ?? 0;
    // A question word earlier in the clause makes it a real question mark (何以见得?). The
    // pattern looks a dozen characters back at most: a window keeps a line of ??? linear.
    if (QUESTION_WORDS.test(text.slice(Math.max(0, at - LOOK_BACK), at))) continue;
    hits.push({ kind: 'unreadable', start: at, end: at + 1 });
  }
  return hits;
}

// Round brackets first: a ')' after pinyin is read differently (see unbalancedBrackets).
const BRACKETS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['(（', ')）'], ['《', '》'], ['〈', '〉'], ['【', '】'], ['〔', '〕'], ['[［', ']］'], ['「', '」'], ['『', '』'],
];
const BRACKET_OF = new Map<string, { pair: number; opens: boolean }>(
  BRACKETS.flatMap(([opens, closes], pair) => [
    ...[...opens].map((char): [string, { pair: number; opens: boolean }] => [char, { pair, opens: true }]),
    ...[...closes].map((char): [string, { pair: number; opens: boolean }] => [char, { pair, opens: false }]),
  ]),
);
// "1）" or "a)" opening a line or an item after 。；: a list number, written without its "(" by choice.
const ITEM_NUMBER = /(?:^|[。；;])\s*(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})$/u;
// How far back the patterns above look; each looks at a bounded window, never the whole line.
const LOOK_BACK = 24;

/**
 * Brackets that lost their partner, each kind on its own (《…》, (…), 【…】 …). A ')' straight
 * after pinyin letters is the remains of a converter gloss whose '(' was eaten by garbling;
 * that is reported as unreadable text instead.
 */
function unbalancedBrackets(text: string): Hit[] {
  const hits: Hit[] = [];
  const open = BRACKETS.map((): number[] => []);
  // Every bracket is one UTF-16 unit, so offsets are the other finders' offsets.
  for (let at = 0; at < text.length; at += 1) {
    const bracket = BRACKET_OF.get(text.charAt(at));
    if (bracket === undefined) continue;
    const stack = open[bracket.pair] ?? [];
    if (bracket.opens) {
      stack.push(at);
      continue;
    }
    if (stack.length > 0) {
      stack.pop();
      continue;
    }
    // A window that starts at the line's start keeps its ^; a later one must not match ^.
    const before = at <= LOOK_BACK ? text.slice(0, at) : `\u0000${text.slice(at - LOOK_BACK, at)}`;
    if (bracket.pair === 0 && PINYIN_BEFORE.test(before)) hits.push({ kind: 'unreadable', start: at, end: at + 1 });
    else if (!ITEM_NUMBER.test(before)) hits.push({ kind: 'lost-bracket', start: at, end: at + 1 });
  }
  for (const stack of open) for (const at of stack) hits.push({ kind: 'lost-bracket', start: at, end: at + 1 });
  return hits;
}

const MESSAGES: Record<string, { zh: (s: string) => string; en: (s: string) => string }> = {
  'lost-year': {
    zh: (s) => `“${s}”疑缺“年”字。请对照原文核实;能由本文证明才改,并记入 corrections。`,
    en: (s) => `'${s}' seems to have lost 年 (year). Check the original; fix it only if the text proves it, and record it in corrections.`,
  },
  'lost-month': {
    zh: (s) => `“${s}”疑缺“月”字(如“1月1日”或“11月1日”),仅凭本文无法断定。请核实,不能断定则记入 unresolved。`,
    en: (s) => `'${s}' seems to have lost 月 (month): 1月1日? 11月1日? The text alone cannot tell. Check; if unsure, record it in unresolved.`,
  },
  'lost-day': {
    zh: (s) => `“${s}”疑缺“日”字。请对照原文核实;能由本文证明才改,并记入 corrections。`,
    en: (s) => `'${s}' seems to have lost 日 (day). Check the original; fix it only if the text proves it, and record it in corrections.`,
  },
  'lost-unit': {
    zh: (s) => `“${s}”中的数字疑缺单位(如“元”“人”)。请对照原文核实;能由本文证明才补,并记入 corrections,否则记入 unresolved。`,
    en: (s) => `The number in '${s}' seems to have lost its unit (元, 人 …). Check the original; add it only if the text proves it (record it in corrections), else record it in unresolved.`,
  },
  'lost-bracket': {
    zh: (s) => `括号不成对:“${s}”处疑缺一个括号。请对照原文核实。`,
    en: (s) => `Unbalanced bracket at '${s}': a bracket seems lost. Check the original.`,
  },
  unreadable: {
    zh: (s) => `“${s}”中有无法识别的字(“?”、替换符或乱码)。不要猜;能由本文证明才改,否则记入 unresolved。`,
    en: (s) => `'${s}' holds unreadable characters ('?', U+FFFD or mojibake). Do not guess: fix only what the text proves, else record it in unresolved.`,
  },
  'stray-latin': {
    zh: (s) => `段末孤立的拉丁字母“${s}”,疑为复制残留。请核实后删除并记入 corrections。`,
    en: (s) => `Stray Latin letter '${s}' at the end of a paragraph, probably left over from copying. Check, remove it and record it in corrections.`,
  },
};

const CONTEXT = 6;
const MERGE_DISTANCE = 10;

/** Finds copying damage in one line; close findings of one kind merge into one flag. */
export function detectDamage(line: SourceLine): Flag[] {
  const text = line.text;
  const strayLatin = STRAY_LATIN.exec(text);
  const hits: Hit[] = [
    ...matchesOf(LOST_YEAR, text, 'lost-year'),
    ...matchesOf(LOST_MONTH, text, 'lost-month'),
    ...matchesOf(LOST_DAY, text, 'lost-day'),
    ...matchesOf(UNIT_LOST_BEFORE_RATE, text, 'lost-unit'),
    ...matchesOf(UNIT_LOST_IN_CHANGE, text, 'lost-unit'),
    ...matchesOf(MISSING_GLYPH, text, 'unreadable'),
    ...unbalancedBrackets(text),
    ...unreadableQuestionMarks(text),
    ...matchesOf(REPLACEMENT, text, 'unreadable'),
    ...matchesOf(MOJIBAKE_MARKERS, text, 'unreadable'),
    ...(strayLatin
      ? [{ kind: 'stray-latin' as const, start: strayLatin.index, end: strayLatin.index + strayLatin[0].trimEnd().length }]
      : []),
  ].sort((a, b) => a.start - b.start);

  const merged: Hit[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && last.kind === hit.kind && hit.start - last.end <= MERGE_DISTANCE) {
      last.end = Math.max(last.end, hit.end);
    } else merged.push({ ...hit });
  }

  return merged.map((hit) => {
    const damaged = text.slice(hit.start, hit.end);
    const message = MESSAGES[hit.kind];
    const shown = hit.kind === 'lost-year' || hit.kind === 'lost-month' || hit.kind === 'lost-day' || hit.kind === 'stray-latin'
      ? damaged
      : hit.kind === 'lost-unit'
        ? text.slice(hit.start, text.charAt(hit.end) === '/' ? hit.end + 2 : hit.end)
      : text.slice(Math.max(0, hit.start - CONTEXT), hit.end + CONTEXT);
    const snippet = text.slice(Math.max(0, hit.start - CONTEXT), hit.end + CONTEXT);
    return {
      kind: hit.kind,
      sourceLine: line.n,
      snippet,
      zh: message?.zh(shown) ?? '',
      en: message?.en(shown) ?? '',
    };
  });
}
