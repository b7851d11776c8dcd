import { describe, expect, it } from 'vitest';
import { allDivisions } from './divisions.ts';
import { guessRegions } from './regions.ts';

const codes = (text: string, headline = '') => guessRegions(text, headline).regions.map((r) => r.division.code);
const ambiguous = (text: string) => guessRegions(text).ambiguous.map((a) => [a.name, a.candidates.map((d) => d.code).sort()]);

describe('guessRegions', () => {
  it('puts the prefecture first, then the counties in order of mention', () => {
    expect(codes('赤峰市的宁城县、喀喇沁旗于1951年……敖汉旗、松山区')).toEqual(['150400', '150429', '150428', '150430', '150404']);
  });

  it('reads Traditional names, and short names in a list beside their prefecture', () => {
    expect(codes('保定市……阜平、淶水、淶源、易縣、唐縣、順平、曲陽、望都……博野縣')).toEqual([
      '130600', '130624', '130623', '130630', '130633', '130627', '130636', '130634', '130631', '130637',
    ]);
  });

  it('knows a county anywhere in mainland China, with its prefecture', () => {
    expect(codes('兴国县是全国著名的将军县,赣州市下辖的老区县。')).toEqual(['360700', '360732']);
    expect(codes('通江县地处川陕革命老区核心区域。')).toEqual(['511900', '511921']);
    expect(codes('延川县位于陕西省延安市东北部。')).toEqual(['610600', '610622']);
  });

  it('makes the region the headline names the main one', () => {
    expect(codes('延川县位于陕西省延安市东北部。', '延川县红枣产业调研报告')).toEqual(['610622', '610600']);
  });

  it('adds the prefecture of a county even when the prefecture is not named', () => {
    expect(codes('盐池县、同心县、红寺堡区交界处')).toEqual(['640300', '640323', '640324', '640303']);
  });

  it('reads an autonomous county by its usual abbreviation once it is named so', () => {
    expect(codes('阜新市阜蒙县建设镇……阜蒙、彰武两县')).toEqual(['210900', '210921', '210922']);
  });

  it('reads a renamed county by its old name (子长县 is 子长市 since 2019)', () => {
    expect(codes('延安市子长县')).toEqual(['610600', '610681']);
  });

  it('does not take a common word for a place', () => {
    expect(codes('同心协力,松山温氏')).toEqual([]);
    expect(codes('社会长治久安,弘扬延安精神')).toEqual([]);
    // 延长 is "extend" even in a text about 延安, and 示范县 holds no 范县.
    expect(codes('延安市延川县要延长产业链,创建示范县。')).toEqual(['610600', '610622']);
    // 解放区 is also the historical term, not only 焦作's district.
    expect(codes('赤峰市是连接东北、华北及晋绥解放区的枢纽')).toEqual(['150400']);
  });

  it('uses the places the text names to settle a name several divisions share', () => {
    expect(codes('呼和浩特市新城区')).toEqual(['150100', '150102']);
    expect(codes('西安市新城区')).toEqual(['610100', '610102']);
    expect(codes('长春市朝阳区')).toEqual(['220100', '220104']);
  });

  it('flags a name that can mean several places, and guesses none of them', () => {
    expect(guessRegions('朝阳区的老区工作').regions).toEqual([]);
    expect(ambiguous('朝阳区的老区工作')).toEqual([['朝阳区', ['110105', '220104']]]);
    // 朝阳: a district of 北京 or the city in 辽宁, when the text names both.
    expect(ambiguous('北京市和辽宁省的干部来到朝阳、喀左两地')).toEqual([['朝阳', ['110105', '211300']]]);
  });

  it('lists places named in passing apart from the regions', () => {
    const guess = guessRegions('兴国县隶属赣州市,兴国县的产品远销广东、福建等地。');
    expect(guess.regions.map((r) => r.division.name)).toEqual(['赣州市', '兴国县']);
    expect(guess.alsoNamed.map((r) => r.division.name)).toEqual(['广东省', '福建省']);
  });

  it('takes a province for a report about the whole province', () => {
    expect(codes('江西省老区建设促进会关于全省老区工作的报告', '江西省老区建设促进会')).toEqual(['360000']);
  });
});

describe('the division list', () => {
  it('holds every province, prefecture and county by six-digit code, each county under its own prefecture', () => {
    const divisions = allDivisions();
    expect(divisions.filter((d) => d.level === 'province')).toHaveLength(31);
    expect(divisions.length).toBeGreaterThan(3000);
    for (const division of divisions) {
      expect(division.code).toMatch(/^\d{6}$/);
      expect(division.province).toBe(`${division.code.slice(0, 2)}0000`);
      if (division.level === 'county' && division.prefecture) expect(division.prefecture).toBe(`${division.code.slice(0, 4)}00`);
    }
  });
});
