import { describe, expect, it } from 'vitest';
import { abbreviationOf, divisionByCode, shortNameOf } from './divisions.ts';

describe('shortNameOf', () => {
  it('drops the suffix of every level', () => {
    expect(shortNameOf('延川县')).toBe('延川');
    expect(shortNameOf('延安市')).toBe('延安');
    expect(shortNameOf('陕西省')).toBe('陕西');
    expect(shortNameOf('锡林郭勒盟')).toBe('锡林郭勒');
    expect(shortNameOf('大兴安岭地区')).toBe('大兴安岭');
    expect(shortNameOf('神农架林区')).toBe('神农架');
  });

  it('drops nationalities from autonomous names, keeping two characters at least', () => {
    expect(shortNameOf('阜新蒙古族自治县')).toBe('阜新');
    expect(shortNameOf('积石山保安族东乡族撒拉族自治县')).toBe('积石山');
    expect(shortNameOf('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortNameOf('内蒙古自治区')).toBe('内蒙古');
    expect(shortNameOf('西藏自治区')).toBe('西藏');
    expect(shortNameOf('宁夏回族自治区')).toBe('宁夏');
  });

  it('gives no short name that would be one character or a nationality', () => {
    expect(shortNameOf('易县')).toBeUndefined();
    expect(shortNameOf('东乡族自治县')).toBeUndefined();
  });
});

describe('abbreviationOf', () => {
  it('joins the place and the nationality, as people write 阜蒙县', () => {
    expect(abbreviationOf('阜新蒙古族自治县')).toBe('阜蒙');
    expect(abbreviationOf('杜尔伯特蒙古族自治县')).toBe('杜蒙');
    expect(abbreviationOf('延川县')).toBeUndefined();
  });
});

describe('divisionByCode', () => {
  it('places a county under its prefecture and province', () => {
    expect(divisionByCode('610622')).toMatchObject({ name: '延川县', level: 'county', prefecture: '610600', province: '610000' });
    expect(divisionByCode('511921')).toMatchObject({ name: '通江县', prefecture: '511900' });
  });

  it('puts the districts of a municipality directly under it, and lists no statistics-only unit', () => {
    expect(divisionByCode('110105')).toMatchObject({ name: '朝阳区', prefecture: undefined, province: '110000' });
    expect(divisionByCode('110100')).toBeUndefined();
    expect(divisionByCode('130171')).toBeUndefined();
  });
});
