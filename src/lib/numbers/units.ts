/**
 * The units and measure words that follow numbers in the reports, with the unit each one is
 * normalised to. Traditional forms sit beside Simplified ones because report 002 is Traditional.
 */
import { multiplierExponent } from './numerals.ts';

/** What sort of thing a unit counts; decides how a unit may stand in for another in a proof. */
export type UnitGroup = 'people' | 'classifier' | 'household' | 'money' | 'percent' | 'time' | 'measure';

export interface UnitEntry {
  /** The unit as a report writes it. */
  written: string;
  /** The unit it is normalised to (個 → 个, 萬元 is 万 + 元, 块钱 → 元). */
  unit: string;
  group: UnitGroup;
  /** Only after Arabic digits: 四位一体 and 两县五区 are slogans, 31位 and 9县 are counts. */
  arabicOnly?: boolean;
}

function entries(group: UnitGroup, unit: string, written: readonly string[], arabicOnly = false): UnitEntry[] {
  return written.map((form) => (arabicOnly ? { written: form, unit, group, arabicOnly } : { written: form, unit, group }));
}

const unitTable: readonly UnitEntry[] = [
  ...entries('people', '人', ['人']),
  ...entries('people', '名', ['名']),
  ...entries('people', '人次', ['人次']),
  ...entries('people', '位', ['位'], true),
  ...entries('household', '户', ['户', '戶']),
  ...entries('household', '户次', ['户次', '戶次']),
  ...entries('money', '元', ['元', '块钱', '塊錢', '人民币', '人民幣']),
  ...entries('money', '美元', ['美元']),
  ...entries('percent', '%', ['%']),
  ...entries('percent', '‰', ['‰']),
  ...entries('percent', '百分点', ['个百分点', '個百分點', '百分点', '百分點']),
  ...entries('percent', '倍', ['倍']),
  ...entries('classifier', '个', ['个', '個']),
  ...entries('classifier', '家', ['家']),
  ...entries('classifier', '所', ['所']),
  ...entries('classifier', '处', ['处', '處']),
  ...entries('classifier', '座', ['座']),
  ...entries('classifier', '支', ['支']),
  ...entries('classifier', '项', ['项', '項']),
  ...entries('classifier', '套', ['套']),
  ...entries('classifier', '间', ['间', '間']),
  ...entries('classifier', '栋', ['栋', '棟']),
  ...entries('classifier', '台', ['台', '臺']),
  ...entries('classifier', '辆', ['辆', '輛']),
  ...entries('classifier', '条', ['条', '條']),
  ...entries('classifier', '张', ['张', '張']),
  ...entries('classifier', '块', ['块', '塊']),
  ...entries('classifier', '片', ['片']),
  ...entries('classifier', '批', ['批次', '批']),
  ...entries('classifier', '场', ['场', '場']),
  ...entries('classifier', '种', ['种', '種']),
  ...entries('classifier', '类', ['类', '類']),
  ...entries('classifier', '件', ['件']),
  ...entries('classifier', '笔', ['笔', '筆']),
  ...entries('classifier', '份', ['份']),
  ...entries('classifier', '期', ['期']),
  ...entries('classifier', '轮', ['轮', '輪']),
  ...entries('classifier', '届', ['届', '屆'], true),
  ...entries('classifier', '篇', ['篇']),
  ...entries('classifier', '次', ['次']),
  ...entries('classifier', '只', ['只', '隻']),
  ...entries('classifier', '头', ['头', '頭']),
  ...entries('classifier', '棵', ['棵']),
  ...entries('classifier', '县', ['县', '縣'], true),
  ...entries('measure', '亩', ['亩', '畝']),
  ...entries('measure', '公顷', ['公顷', '公頃']),
  ...entries('measure', '平方公里', ['平方公里']),
  ...entries('measure', '平方米', ['平方米']),
  ...entries('measure', '立方米', ['立方米']),
  ...entries('measure', '公里', ['公里', '千米']),
  ...entries('measure', '里', ['里']),
  ...entries('measure', '米', ['米']),
  ...entries('measure', '吨', ['吨', '噸']),
  ...entries('measure', '公斤', ['公斤', '千克']),
  ...entries('measure', '斤', ['斤']),
  ...entries('measure', '兆瓦', ['兆瓦']),
  ...entries('measure', '千瓦', ['千瓦']),
  ...entries('measure', '岁', ['岁', '歲']),
  ...entries('time', '周年', ['周年', '週年']),
  ...entries('time', '年', ['年']),
  ...entries('time', '个月', ['个月', '個月']),
  ...entries('time', '月', ['月份', '月']),
  ...entries('time', '日', ['日']),
  ...entries('time', '天', ['天']),
  ...entries('time', '周', ['周', '週']),
  ...entries('time', '小时', ['小时', '小時']),
];

/** Longest written form first, so 平方公里 wins over 公里 and 人次 over 人. */
const unitsByLength = [...unitTable].sort((a, b) => b.written.length - a.written.length);

/** The unit written at `position` in `text`, if any (longest match). */
export function unitAt(text: string, position: number, afterChineseNumeral = false): UnitEntry | undefined {
  for (const entry of unitsByLength) {
    if (afterChineseNumeral && entry.arabicOnly) continue;
    if (text.startsWith(entry.written, position)) return entry;
  }
  return undefined;
}

/** Units a rate per something can be written with: 元/亩, 元/人. */
const perUnits = ['人', '户', '戶', '亩', '畝', '年', '月', '天', '日', '吨', '噸', '斤', '公斤', '平方米'];

/** The "/亩" of 300元/亩, when it stands at `position`. */
export function perUnitAt(text: string, position: number): string | undefined {
  if (text[position] !== '/') return undefined;
  const per = perUnits.find((candidate) => text.startsWith(candidate, position + 1));
  return per === undefined ? undefined : `/${per}`;
}

export interface ParsedUnit {
  /** Normalised unit (元, 人, %), or the string itself when it is not in the table. */
  unit: string;
  group: UnitGroup | undefined;
  /** Power of ten the written unit carries (万元 → 4, 亿元 → 8). */
  exponent: number;
}

/**
 * Reads a unit as an editor writes it in a figure ("万元", "亿元", "人", "%", "元/亩"): the
 * magnitude it carries and the unit it normalises to.
 */
export function parseUnit(written: string): ParsedUnit {
  const trimmed = written.trim();
  let exponent = 0;
  let index = 0;
  while (index < trimmed.length) {
    const entry = unitAt(trimmed, index);
    if (entry !== undefined) {
      const rest = trimmed.slice(index + entry.written.length);
      const per = perUnitAt(trimmed, index + entry.written.length);
      if (rest === '' || per === rest) {
        return { unit: normalisePer(entry.unit + rest), group: entry.group, exponent };
      }
      break;
    }
    const step = multiplierExponent(trimmed[index] ?? '');
    if (step === undefined) break;
    exponent += step;
    index += 1;
  }
  if (index === trimmed.length && index > 0) return { unit: '', group: undefined, exponent };
  return { unit: trimmed, group: undefined, exponent: 0 };
}

function normalisePer(unit: string): string {
  return unit.replace('戶', '户').replace('畝', '亩').replace('噸', '吨');
}

/** The normalised form of a per-unit suffix (/畝 → /亩). */
export function normalisePerUnit(per: string): string {
  return normalisePer(per);
}

/** Whether a number read in `read` may prove a figure stored in `expected` (both normalised). */
export function unitsAgree(expected: ParsedUnit, read: string): boolean {
  if (expected.unit === read) return true;
  const readGroup = unitAt(read, 0)?.group;
  if (read !== '' && unitAt(read, 0)?.unit !== read) return false;
  // 名 and 人 count the same heads; 个 is the general measure word that 家, 所, 项 … narrow.
  if (expected.group === 'people' && readGroup === 'people') {
    return isHeadCount(expected.unit) && isHeadCount(read);
  }
  return expected.unit === '个' && readGroup === 'classifier' && read !== '次';
}

function isHeadCount(unit: string): boolean {
  return unit === '人' || unit === '名' || unit === '位';
}
