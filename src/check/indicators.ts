import type { Problem } from '../lib/content/problem.ts';
import { parseUnit } from '../lib/numbers/index.ts';
import type { Indicator } from '../schemas/indicator.ts';

/** Wording that lets anything in: an indicator must say what it counts, not defer to each report. */
const CATCH_ALL = /按报告所列口径/;

/**
 * Checks what the schema cannot (ids once each is read-json's uniqueIds): one plain unit
 * per indicator (money in 元, rates in %, never 万 or 亿, so figures share a scale), keywords for
 * the figures helper, and a definition and exclusions with no catch-all wording.
 */
export function checkIndicators(indicators: readonly Indicator[], file: string, lineOf: (indicator: Indicator) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const indicator of indicators) {
    const line = lineOf(indicator);
    const add = (field: string, message: string, fix: string) => problems.push({ file: `${file} (${indicator.id})`, ...(line ? { line } : {}), field, message, fix });
    if (indicator.kind === 'money' && indicator.unit !== '元') add('unit', `金额指标的单位应为“元”，现为“${indicator.unit}” / a money indicator is stored in 元`, '把 unit 改为“元”，数字按元记 / use 元 and store values in 元');
    if (indicator.kind === 'rate' && indicator.unit !== '%') add('unit', `比率指标的单位应为“%”，现为“${indicator.unit}” / a rate is stored in %`, '把 unit 改为“%” / use %');
    if (parseUnit(indicator.unit).exponent !== 0) {
      add('unit', `单位“${indicator.unit}”带数量级（万、亿） / the unit “${indicator.unit}” carries a multiplier`, '用不带万、亿的单位，数值写全（25.66万人记作 256600） / use the plain unit and write values in full');
    }
    if (indicator.keywords.length === 0) add('keywords', '没有关键词，npm run figures 无法推荐这个指标 / no keywords, so npm run figures never proposes it', '列出报告中指称它的词语 / list the words reports use for it');
    for (const field of ['definition', 'excludes'] as const) {
      if (CATCH_ALL.test(indicator[field])) add(field, '“按报告所列口径”什么都能算进来 / “as the report counts it” lets anything in', '写明算什么、不算什么 / say what is counted and what is not');
    }
  }
  return problems;
}
