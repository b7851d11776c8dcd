/**
 * What the editor is told about a report's regions: every code with the place it names, the
 * names that could mean several places, and the places named only in passing, so the editor
 * can decide without looking anything up.
 */
import { divisionByCode, type Division } from './divisions.ts';
import type { RegionGuess } from './regions.ts';

const MAX_ALSO_NAMED = 6;

/** 兴国县 360732(江西省赣州市): the name, the code and where it lies. */
export function describeDivision(division: Division): string {
  const above = [division.province, division.prefecture]
    .filter((code): code is string => code !== undefined && code !== division.code)
    .map((code) => divisionByCode(code)?.name ?? '')
    .filter((name, i, names) => name !== '' && names.indexOf(name) === i)
    .join('');
  return above === '' ? `${division.name} ${division.code}` : `${division.name} ${division.code}(${above})`;
}

/** The message for the regions field, Chinese and English. */
export function describeRegionGuess(guess: RegionGuess): { zh: string; en: string; snippet: string } {
  const found = guess.regions.map((r) => describeDivision(r.division)).join('、');
  const ambiguousZh = guess.ambiguous.map(
    (a) => `“${a.name}”(${a.mentions} 处)可指 ${a.candidates.map(describeDivision).join('、')},未计入,如指其中之一请加入。`,
  );
  const ambiguousEn = guess.ambiguous.map(
    (a) => `'${a.name}' (${a.mentions}×) can mean ${a.candidates.map(describeDivision).join(', ')}: not counted; add the one meant.`,
  );
  const passing = guess.alsoNamed.slice(0, MAX_ALSO_NAMED).map((r) => describeDivision(r.division));
  const passingZh = passing.length === 0 ? '' : `文中还提到(视为顺带提及,未计入):${passing.join('、')}。`;
  const passingEn = passing.length === 0 ? '' : `Also named, in passing (not counted): ${passing.join(', ')}.`;
  if (guess.regions.length === 0) {
    return {
      snippet: '',
      zh: `文中找不到能确定的地名,regions 暂为空。请填写报告所涉地区的六位行政区划代码(GB/T 2260),主要地区在前,如 ["610622"] 为陕西省延安市延川县;文件名中也就没有地名,可把文件改名为“年-月-地名拼音-关键词.md”。${ambiguousZh.join('')}${passingZh}`,
      en: `No place name in the text settles a region, so regions is empty. Fill in the six-digit GB/T 2260 codes of the report's regions, the main one first, e.g. ["610622"] for 延川县, 延安市, 陕西省; the file name has no place either: rename it year-month-place-keyword.md. ${ambiguousEn.join(' ')} ${passingEn}`.replace(/\s+/gu, ' ').trim(),
    };
  }
  return {
    snippet: guess.regions.map((r) => r.division.name).join('、'),
    zh: `地区代码由文中地名推定,首个为主要地区:${found}。${ambiguousZh.join('')}${passingZh}请核实。`,
    en: `Region codes guessed from the place names in the text, the main region first: ${found}. ${ambiguousEn.join(' ')} ${passingEn} Check them.`.replace(/\s+/gu, ' '),
  };
}

