/**
 * What a region code in a report, figure, chart or site means: a region in use, a former one
 * (valid: a 2016 report names the districts of 2016), or no region at all. The messages tell an
 * editor what to do, Chinese first.
 */
import { impliedParent, isStatisticsOnlyUnit } from '../geo/adcode.ts';

/** The fields of a region that the messages need. */
export interface CodedRegion {
  id: string;
  name: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string | undefined;
  until?: number | undefined;
  now?: readonly string[] | undefined;
}

export interface CodeMessage {
  message: string;
  fix: string;
}

export type CodeStatus =
  | { kind: 'current'; region: CodedRegion }
  | { kind: 'former'; region: CodedRegion; note: CodeMessage }
  | { kind: 'unknown'; problem: CodeMessage };

export function codeStatus(code: string, regions: ReadonlyMap<string, CodedRegion>): CodeStatus {
  const region = regions.get(code);
  if (region && region.until === undefined) return { kind: 'current', region };
  if (region) return { kind: 'former', region, note: formerNote(region, regions) };
  return { kind: 'unknown', problem: unknownProblem(code, regions) };
}

function formerNote(region: CodedRegion, regions: ReadonlyMap<string, CodedRegion>): CodeMessage {
  const now = (region.now ?? []).map((code) => `${code} ${regions.get(code)?.name ?? ''}`.trim()).join('、');
  const where = now ? `，其地域今属 ${now}` : '';
  const whereEn = now ? `; its area is now in ${now}` : '';
  return {
    message: `${region.id}（${region.name}）是旧代码，${region.until} 年起不再使用${where} / ${region.id} (${region.name}) left the code list in ${region.until}${whereEn}`,
    fix: '报告写的是当年的区划时保留旧代码；写现状时改用今天的代码 / keep the old code where the report describes the division of its time; use today’s code for the present',
  };
}

function unknownProblem(code: string, regions: ReadonlyMap<string, CodedRegion>): CodeMessage {
  const lookUp = '可在 data/geo/gb2260.json 中按名称查找 / look the name up in data/geo/gb2260.json';
  if (!/^\d{6}$/.test(code)) {
    return { message: `地区代码 ${code} 应为六位数字 / a region code is six digits`, fix: `填写六位行政区划代码，如 150429；${lookUp}` };
  }
  if (isStatisticsOnlyUnit(code)) {
    return {
      message: `${code} 是统计用代码（开发区等），不是行政区划 / ${code} is a statistics-only unit (a development zone or the like), not an administrative region`,
      fix: `改用它所在县区的代码；${lookUp}`,
    };
  }
  const up = regions.get(impliedParent(code) ?? '') ?? regions.get(impliedParent(impliedParent(code) ?? '') ?? '');
  const siblings = up
    ? [...regions.values()].filter((r) => r.parent === up.id && r.until === undefined).slice(0, 30).map((r) => `${r.id} ${r.name}`)
    : [];
  return {
    message:
      `${code} 不在行政区划代码表中（现行代码及 2010 年以来的旧代码）` +
      (siblings.length > 0 ? `；${up!.name}下辖：${siblings.join('、')}` : '') +
      ` / ${code} is not a region code in use now or since 2010`,
    fix: `核对六位代码；${lookUp}`,
  };
}
