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
const STRAY_LATIN = /(?<=[。！？!?」”)）])[A-Za-z]{1,2}\s*$/u;
// Characters that only turn up when UTF-8 was read as GBK (锟斤拷, 鈥, 銆 …).
const MOJIBAKE_MARKERS = /[锟鈥銆锛鐨鏄鍦鎴鍚]/gu;
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
    // A question word earlier in the clause makes it a real question mark (何以见得?).
    if (QUESTION_WORDS.test(text.slice(0, at))) continue;
    hits.push({ kind: 'unreadable', start: at, end: at + 1 });
  }
  return hits;
}

/**
 * Brackets that lost their partner. A ')' straight after pinyin letters is the remains of a
 * converter gloss whose '(' was eaten by garbling; that is reported as unreadable text instead.
 */
function unbalancedBrackets(text: string): Hit[] {
  const open: number[] = [];
  const hits: Hit[] = [];
  [...text].forEach((char, i) => {
    if (char === '(' || char === '（') open.push(i);
    else if (char === ')' || char === '）') {
      if (open.length > 0) open.pop();
      else if (PINYIN_BEFORE.test([...text].slice(0, i).join(''))) {
        hits.push({ kind: 'unreadable', start: i, end: i + 1 });
      } else hits.push({ kind: 'lost-bracket', start: i, end: i + 1 });
    }
  });
  for (const i of open) hits.push({ kind: 'lost-bracket', start: i, end: i + 1 });
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
    const shown = hit.kind === 'lost-year' || hit.kind === 'lost-month' || hit.kind === 'stray-latin'
      ? damaged
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
