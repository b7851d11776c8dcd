/**
 * Lists each number in a report with the sentence it stands in and a guess at what it measures
 * (indicator), when (the year or years the sentence gives) and how exactly (qualifier), for an
 * editor to correct into figures. `propose.ts` turns a guess into scope, time, measure and status.
 */
import * as OpenCC from 'opencc-js/cn2t';
import type { Figure } from '../../schemas/figure.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { parseUnit, readChineseNumbers, unitsAgree, type ChineseNumber } from '../numbers/index.ts';

export interface ReportParagraph {
  /** Paragraph number, as in the report page's #p-N anchors. */
  n: number;
  text: string;
}

export interface FigureGuess {
  /** Paragraph the number stands in (#p-N). */
  paragraph: number;
  /** Offsets of the number in the paragraph's text. */
  start: number;
  end: number;
  /** The whole sentence, for context. */
  sentence: string;
  /** The clauses that hold the number and the word that named the indicator: a quote to keep. */
  quote: string;
  /** The number as written ("25.66万", "8万多名"). */
  text: string;
  /** Value in `unit` (the indicator's unit when one was guessed). */
  value: number;
  /** High end of a range. */
  upper?: number;
  unit: string;
  qualifier: Figure['qualifier'];
  /** Guessed indicator id, or null when no keyword near the number fits its unit. */
  indicator: string | null;
  /** The word that suggested the indicator. */
  keyword: string | null;
  /** Nearest year in the sentence, with its month when one follows (2020年7月末 → 2020-07; 2018-2022年 → 2018 to 2022), or null. */
  year: { start: string; end: string } | null;
  /** The words around that year ("截至2020年7月末", "2014年以来"), for the editor to judge the period. */
  yearText: string | null;
}

interface Span {
  start: number;
  end: number;
}

interface KeywordHit extends Span {
  indicator: string;
  word: string;
}

const sentenceEnd = /[。!?！？;；\n]/;
const clauseEnd = /[,，、:：。!?！？;；\n]/;
const measured = new Set<ChineseNumber['kind']>(['quantity', 'percent', 'ratio']);

interface Keyword {
  indicator: string;
  /** The word as it may stand in a report, Simplified or Traditional. */
  word: string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Every indicator's keywords (data/indicators.json) in both scripts (report 002 is Traditional:
 * 貧困人口, 危房改造), longest first so that 建档立卡贫困户 is tried before 贫困户.
 */
export function keywordsOf(indicators: readonly Pick<Indicator, 'id' | 'keywords'>[]): Keyword[] {
  return indicators
    .flatMap(({ id, keywords }) => [...new Set(keywords.flatMap((word) => [word, toTraditional(word), toTaiwan(word)]))].map((word) => ({ indicator: id, word })))
    .sort((a, b) => b.word.length - a.word.length);
}

/** Every measured number (not years or dates) in the paragraphs, in order, with its guesses. */
export function guessFigures(
  paragraphs: readonly ReportParagraph[],
  indicators: readonly Pick<Indicator, 'id' | 'unit' | 'keywords'>[],
): FigureGuess[] {
  const unitOf = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const keywords = keywordsOf(indicators);
  return paragraphs.flatMap((paragraph) => guessParagraph(paragraph, unitOf, keywords));
}

function guessParagraph(paragraph: ReportParagraph, unitOf: ReadonlyMap<string, string>, keywords: readonly Keyword[]): FigureGuess[] {
  const { text } = paragraph;
  const numbers = readChineseNumbers(text);
  return numbers.filter((number) => measured.has(number.kind)).map((number) => {
    const sentence = spanAround(text, number, sentenceEnd);
    const clause = spanAround(text, number, clauseEnd, sentence);
    const hit = bestKeyword(text, number, { sentence, clause, numbers }, unitOf, keywords);
    const indicatorUnit = hit === undefined ? undefined : unitOf.get(hit.indicator);
    const scale = indicatorUnit === undefined ? 1 : 10 ** parseUnit(indicatorUnit).exponent;
    const quoteSpan = hit === undefined ? clause : cover(clause, spanAround(text, hit, clauseEnd, sentence));
    const year = nearestYear(numbers, number, sentence);
    const guess: FigureGuess = {
      paragraph: paragraph.n,
      start: number.start,
      end: number.end,
      sentence: text.slice(sentence.start, sentence.end).trim(),
      quote: text.slice(quoteSpan.start, quoteSpan.end).trim(),
      text: number.text,
      value: number.value / scale,
      unit: indicatorUnit ?? number.unit,
      qualifier: number.qualifier,
      indicator: hit?.indicator ?? null,
      keyword: hit?.word ?? null,
      year: year === undefined ? null : yearSpan(year, numbers),
      yearText: year === undefined ? null : yearPhrase(text, year, numbers),
    };
    if (number.upper !== undefined) guess.upper = number.upper / scale;
    return guess;
  });
}

/** The stretch of text around `span` up to the nearest delimiters (inside `within`). */
function spanAround(text: string, span: Span, delimiter: RegExp, within: Span = { start: 0, end: text.length }): Span {
  let start = span.start;
  while (start > within.start && !delimiter.test(text[start - 1] ?? '')) start -= 1;
  let end = span.end;
  while (end < within.end && !delimiter.test(text[end] ?? '')) end += 1;
  // A sentence keeps its full stop; a clause leaves its comma out.
  if (delimiter === sentenceEnd && end < within.end) end += 1;
  return { start, end };
}

function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

interface Context {
  sentence: Span;
  clause: Span;
  /** Every number of the paragraph. */
  numbers: readonly ChineseNumber[];
}

/**
 * In the number's own clause the longest keyword wins (带动贫困人口 over 贫困人口). Outside it, the
 * nearest keyword before the number does, when only numbers in the same unit stand between them:
 * a list of sums under one heading (贷款283.59亿元,…,农业银行0.54亿元). The indicator's unit must
 * agree with the number's, so that the guess passes the proof check.
 */
function bestKeyword(
  text: string,
  number: ChineseNumber,
  { sentence, clause, numbers }: Context,
  unitOf: ReadonlyMap<string, string>,
  keywords: readonly Keyword[],
): KeywordHit | undefined {
  const body = text.slice(sentence.start, sentence.end);
  let best: { hit: KeywordHit; score: number[] } | undefined;
  for (const { indicator, word } of keywords) {
    const unit = unitOf.get(indicator);
    if (unit === undefined || !unitsAgree(parseUnit(unit), number.unit)) continue;
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      const hit: KeywordHit = { indicator, word, start: sentence.start + at, end: sentence.start + at + word.length };
      if (hit.start < number.end && hit.end > number.start) continue;
      const before = hit.end <= number.start;
      const distance = before ? number.start - hit.end : hit.start - number.end + 6;
      const inClause = hit.start < clause.end && hit.end > clause.start;
      if (!inClause && (!before || !onlyListBetween(numbers, hit, number))) continue;
      const score = inClause ? [1, word.length, -distance] : [0, -distance, word.length];
      if (best === undefined || isBetter(score, best.score)) best = { hit, score };
    }
  }
  return best?.hit;
}

function onlyListBetween(numbers: readonly ChineseNumber[], from: Span, to: ChineseNumber): boolean {
  return numbers.every((other) => other.end <= from.end || other.start >= to.start || other.unit === to.unit);
}

function isBetter(score: readonly number[], than: readonly number[]): boolean {
  for (let index = 0; index < score.length; index += 1) {
    const difference = (score[index] ?? 0) - (than[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/** The year reading in the sentence nearest the number; on a tie, the one before it. */
function nearestYear(numbers: readonly ChineseNumber[], number: ChineseNumber, sentence: Span): ChineseNumber | undefined {
  let best: { year: ChineseNumber; distance: number } | undefined;
  for (const candidate of numbers) {
    if (candidate.kind !== 'year' || candidate.start < sentence.start || candidate.end > sentence.end) continue;
    const distance = candidate.end <= number.start ? number.start - candidate.end : candidate.start - number.end + 0.5;
    if (best === undefined || distance < best.distance) best = { year: candidate, distance };
  }
  return best?.year;
}

/** 2015年 → 2015; 2020年7月 → 2020-07; 2018-2022年 → 2018 to 2022. */
function yearSpan(year: ChineseNumber, numbers: readonly ChineseNumber[]): { start: string; end: string } {
  if (year.upper !== undefined) return { start: String(year.value), end: String(year.upper) };
  const month = numbers.find((n) => n.kind === 'date' && n.start === year.end && n.unit === '月' && n.upper === undefined);
  const at = month ? `${year.value}-${String(month.value).padStart(2, '0')}` : String(year.value);
  return { start: at, end: at };
}

const periodBefore = ['截止到', '截至', '截止', '到', '至'];
const periodAfter = ['以来', '至今', '年底', '底', '末', '初', '中旬', '上半年', '下半年'];

/** "截至2020年7月末", "2014年以来": the year with the words that make it a point or a period. */
function yearPhrase(text: string, year: ChineseNumber, numbers: readonly ChineseNumber[]): string {
  const before = periodBefore.find((word) => text.slice(year.start - word.length, year.start) === word);
  let end = year.end;
  for (const date of numbers) {
    if (date.kind === 'date' && date.start === end) end = date.end;
  }
  const after = periodAfter.find((word) => text.startsWith(word, end));
  return text.slice(year.start - (before?.length ?? 0), end + (after?.length ?? 0));
}
