import { describe, expect, it } from 'vitest';
import { regionNotesSchema, type NationalRegion } from '../../schemas/region.ts';
import { mergeRegions, SEAT_SOURCE } from './merge.ts';

const national: NationalRegion[] = [
  { id: '150400', name: '赤峰市', nameHant: '赤峰市', pinyin: 'chì fēng shì', level: 'prefecture', parent: '150000', map: '150400' },
  { id: '150429', name: '宁城县', nameHant: '寧城縣', pinyin: 'níng chéng xiàn', level: 'county', parent: '150400', map: '150400', seat: [119.31, 41.6] },
];
const note = (record: object) => regionNotesSchema.parse(record);

describe('mergeRegions', () => {
  it('lays the editors’ notes over the national list and keeps every region', () => {
    const { regions, problems } = mergeRegions(national, [note({ id: '150429', name: '宁城县', shortName: '宁城', history: [{ text: '老区', source: { name: 'r' } }] })], 'data/regions.json');
    expect(problems).toEqual([]);
    expect(regions).toHaveLength(2);
    expect(regions[1]).toMatchObject({ id: '150429', shortName: '宁城', nameHant: '寧城縣', history: [{ text: '老区' }], seat: { coordinates: [119.31, 41.6], source: SEAT_SOURCE } });
    expect(regions[0]).toMatchObject({ oldArea: [], history: [] });
  });

  it('points out a note on a region the list lacks, under another name, or twice', () => {
    const { problems } = mergeRegions(national, [note({ id: '150499' }), note({ id: '150429', name: '宁城' }), note({ id: '150400' }), note({ id: '150400' })], 'data/regions.json', (id) => (id === '150429' ? 7 : undefined));
    expect(problems.map((p) => p.field)).toEqual(['id', 'id', 'name']);
    expect(problems[2]).toMatchObject({ file: 'data/regions.json (id 150429)', line: 7 });
    expect(problems[2]!.message).toMatch(/^150429 的名称是 宁城县，不是 宁城/);
  });
});
