/**
 * Turns a guessed number into a proposed figure meaning — scope, time, measure and status — from
 * the words around it: 累计 and 以来 make a running total, 截至 and 底 a moment, 余额 a stock, 预计
 * a projection, 启动 work begun, 老区 and 连片 a part of the region. What the words do not settle
 * stays unknown (null) for the editor to answer: the report's own year is never assumed.
 */
import type { FigureMeasure, FigureStatus } from '../../schemas/figure.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { FigureGuess } from './guess.ts';
import { measureFromWords, statusFromWords } from './meaning.ts';

/** A time as far as the words give it; null where the editor must answer. */
export type ProposedTime = { at: string | null } | { start: string | null; end: string | null } | null;

export interface Proposal {
  scope: 'whole' | 'part';
  time: ProposedTime;
  measure: FigureMeasure;
  status: FigureStatus;
  /** What the editor must check, each with the words that led to it (Chinese / English). */
  hints: string[];
}

/** Words near a number that say it covers only part of its region. */
const PART_WORDS = ['老区', '老區', '连片', '連片', '片区', '片區', '贫困县', '貧困縣', '贫困旗县', '重点县', '開發區', '开发区', '园区', '園區'];
/** Words that say it covers the whole region. */
const WHOLE_WORDS = ['全市', '全县', '全縣', '全区', '全區', '全旗', '全盟', '全省', '全自治区'];
const NOW_WORDS = ['目前', '现有', '现在', '当前', '今年', '本年', '目前為止', '目前为止'];

export function proposeMeaning(guess: FigureGuess, indicator: Pick<Indicator, 'measures' | 'unit'> | undefined): Proposal {
  const hints: string[] = [];
  const words = `${guess.yearText ?? ''} ${guess.quote}`;
  const context = guess.sentence;

  const status = statusFromWords(guess.quote);
  if (status) hints.push(`状态据「${status.word}」/ status from "${status.word}"`);

  const fromWords = measureFromWords(words);
  let measure: FigureMeasure;
  if (guess.unit === '%' || guess.unit === '‰') measure = 'rate';
  else if (fromWords && (!indicator || indicator.measures.includes(fromWords.measure))) {
    measure = fromWords.measure;
    hints.push(`计量据「${fromWords.word}」/ measure from "${fromWords.word}"`);
  } else measure = indicator?.measures[0] ?? 'stock';
  // 截至2019年底完成…: a total up to a moment, not one year's flow.
  if (measure === 'flow' && /截至|截止/.test(guess.yearText ?? '') && indicator?.measures.includes('cumulative')) measure = 'cumulative';

  const time = proposeTime(guess, measure, hints);
  const nowWord = NOW_WORDS.find((word) => context.includes(word));
  if (nowWord && time === null) {
    hints.push(`句中有「${nowWord}」，指报告写作之时：请按报告日期判断后填写 time / "${nowWord}" means the time of writing: fill the time from the report's date after checking`);
  }

  // The number's own words and the few before it decide, not a word elsewhere in a long sentence.
  const near = `${context.slice(Math.max(0, context.indexOf(guess.quote) - 8), Math.max(0, context.indexOf(guess.quote)))}${guess.quote}`;
  const partWord = WHOLE_WORDS.some((word) => near.includes(word)) ? undefined : PART_WORDS.find((word) => near.includes(word));
  const scope = partWord ? 'part' : 'whole';
  if (partWord) {
    hints.push(
      `句中有「${partWord}」：数字可能只涉及地区的一部分；若是，在 data/areas.json 中定义这一部分并填 area，若指整个地区则把 scope 改为 "whole" / ` +
        `"${partWord}": the number may cover only part of the region; if so define the part in data/areas.json and give its id as area, else set scope to "whole"`,
    );
  }
  const among = context.indexOf('其中');
  if (among >= 0 && among < context.indexOf(guess.text)) {
    hints.push('「其中」之后：这个数字可能是前面合计的一部分，可写 partOf（合计的编号），检查会核对各部分之和 / after "其中": it may be part of the total before it; give partOf and the check adds the parts up');
  }
  return { scope, time, measure, status: status?.status ?? 'actual', hints };
}

function proposeTime(guess: FigureGuess, measure: FigureMeasure, hints: string[]): ProposedTime {
  const phrase = guess.yearText ?? '';
  const span = guess.year;
  if (!span) {
    hints.push('句中无时间：请按上下文判断；报告确未写明时填 "unknown" / no time in the sentence: judge from the context, or write "unknown" if the report gives none');
    return null;
  }
  const since = /以来|以來|至今|开始|開始/.test(phrase);
  const upTo = /截至|截止|底|末/.test(phrase);
  if (measure === 'stock' || measure === 'rate') {
    if (span.start !== span.end) hints.push(`原文是一个时期（${phrase}）：存量或比率应取其中一个时点 / the words give a period (${phrase}): a stock or rate needs one moment`);
    return { at: span.end };
  }
  if (since) {
    hints.push(`「${phrase}」只给了起点，终点是报告写作之时：请填写 end / "${phrase}" gives the start only; the end is the time of writing: fill in end`);
    return { start: span.start, end: null };
  }
  if (span.start !== span.end) return { start: span.start, end: span.end };
  if (measure === 'cumulative' || upTo) {
    if (measure === 'cumulative') hints.push(`累计数的起点原文未写：start 暂为 null（起点未载明）/ the words give no start for the running total: start stays null (unknown)`);
    return { start: null, end: span.end };
  }
  return { start: span.start, end: span.end };
}
