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
