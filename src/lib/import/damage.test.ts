import { describe, expect, it } from 'vitest';
import { detectDamage } from './damage.ts';

const at = (text: string, n = 7) => detectDamage({ n, text, indented: false });
const kinds = (text: string) => at(text).map((flag) => flag.kind);

describe('detectDamage', () => {
  it('flags a lost 年 with the line number and the damaged text', () => {
    const [flag] = at('20156月,習近平總書記在貴州省調研', 18);
    expect(flag).toMatchObject({ kind: 'lost-year', sourceLine: 18 });
    expect(flag?.zh).toContain('“20156月”疑缺“年”字');
    expect(flag?.en).toContain("'20156月' seems to have lost 年");
  });

  it('flags a lost 月 after 今年', () => {
    expect(at('從今年11日起,將全市農村低保標準提高到2900/年。從今年31日起,在阜平縣試點').map((f) => f.kind)).toEqual([
      'lost-month',
      'lost-unit',
      'lost-month',
    ]);
  });

  it('leaves whole dates alone', () => {
    expect(at('2015年6月,2020年1月1日起,2019年底')).toEqual([]);
  });

  it('flags brackets that lost their partner', () => {
    const flags = at('“1(全市脫貧攻堅方案)+99個貧困縣脫貧攻堅方案)+2323個行業部門專項方案)”');
    expect(flags.map((f) => f.kind)).toEqual(['lost-bracket', 'lost-bracket']);
    expect(kinds('(一)创新工作机制(试行)')).toEqual([]);
  });

  it('flags ? inside Chinese text and garbled gloss remains as unreadable', () => {
    expect(kinds('一家人因病因?qū)W致貧。')).toEqual(['unreadable']);
    expect(kinds('全面推廣阜平縣“政銀企戶?!苯鹑诜鲐毮J?,貧困縣')).toEqual(['unreadable']);
    expect(kinds('占總?cè)蝿?wù)的41%')).toEqual(['unreadable']);
  });

  it('keeps a real question mark', () => {
    expect(kinds('何以见得?去年以来,不少地方的老促会相继换届')).toEqual([]);
    expect(kinds('这是为什么?')).toEqual([]);
  });

  it('flags the replacement character and typical mojibake', () => {
    expect(kinds('贫困人口\uFFFD全部脱贫')).toEqual(['unreadable']);
    expect(kinds('锟斤拷锟斤拷')).toEqual(['unreadable']);
    expect(kinds('怕?lián)\ue33eL險的被動')).toEqual(['unreadable']);
    expect(kinds('私用区字符\ue33e在此')).toEqual(['unreadable']);
  });

  it('flags a stray Latin letter at the end of a paragraph', () => {
    const [flag] = at('农民群众真正脱了贫、增了收、致了富。G', 40);
    expect(flag).toMatchObject({ kind: 'stray-latin', sourceLine: 40 });
    expect(flag?.zh).toContain('“G”');
  });

  it('leaves Latin words that belong to the text', () => {
    expect(kinds('通过手机APP对贫困户信息进行核实录入,C级504户、D级')).toEqual([]);
  });
});

describe('detectDamage, as a class', () => {
  it('flags a date that lost 日, and leaves whole dates and ranges alone', () => {
    const [flag] = at('2021年3月18,县里召开油茶产业推进会', 12);
    expect(flag).toMatchObject({ kind: 'lost-day', sourceLine: 12 });
    expect(flag?.zh).toContain('“3月18”疑缺“日”字');
    expect(kinds('9月30前完成')).toEqual(['lost-day']);
    expect(kinds('2021年3月18日,3月18、19日,3月18至20日,1-3月,3个月15天')).toEqual([]);
  });

  it('flags a number whose unit was lost before a rate, as in seed 002', () => {
    const [flag] = at('將全市農村低保標準提高到2900/年,實現低保標準', 52);
    expect(flag).toMatchObject({ kind: 'lost-unit', sourceLine: 52 });
    expect(flag?.zh).toContain('“2900/年”中的数字疑缺单位');
    expect(kinds('每亩补贴1.5万/亩')).toEqual(['lost-unit']);
    expect(kinds('标准提高到2900元/年,每人3次/年,2022/03/18')).toEqual([]);
  });

  it('flags a number compared with one that has a unit but has none itself', () => {
    expect(kinds('人均纯收入由2015年的3200元提高到12500,增长近3倍')).toEqual(['lost-unit']);
    expect(kinds('人均纯收入由3200元提高到12500元。')).toEqual([]);
  });

  it('flags every kind of bracket that lost its partner', () => {
    expect(kinds('《农产品冷链物流发展规划 尚未落实到位')).toEqual(['lost-bracket']);
    expect(kinds('按照【十四五规划要求')).toEqual(['lost-bracket']);
    expect(kinds('〔2021〕5号文件和《规划》「三农」')).toEqual([]);
  });

  it('leaves list numbers written without their opening bracket', () => {
    expect(kinds('1）加强组织领导;2）完善工作机制。')).toEqual([]);
    expect(kinds('建成1)个示范园')).toEqual(['lost-bracket']);
  });

  it('flags a missing-glyph box and UTF-8 read as Latin-1', () => {
    expect(kinds('全县□□村')).toEqual(['unreadable']);
    expect(kinds('æ–‡ä»¶')).toEqual(['unreadable']);
    expect(kinds('Café au lait')).toEqual([]);
  });
});

describe('detectDamage on one huge line', () => {
  it('takes time in proportion to the line', () => {
    // The best of three runs, so a busy machine's pauses do not count.
    const time = (text: string) =>
      Math.min(...[1, 2, 3].map(() => {
        const start = performance.now();
        detectDamage({ n: 1, text, indented: false });
        return performance.now() - start;
      }));
    for (const unit of ['老区)', '老区?', '3月18，']) {
      const small = time(unit.repeat(2_500));
      const large = time(unit.repeat(40_000));
      // Sixteen times the line: about sixteen times the time, where a quadratic scan takes 256
      // (a line of 20,000 unmatched ) took 333 s before). The margin is for a busy machine.
      expect(large, unit).toBeLessThan(Math.max(small, 10) * 80);
    }
  }, 60_000);
});
