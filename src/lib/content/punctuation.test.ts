import { describe, expect, it } from 'vitest';
import { halfWidthMarks } from './punctuation.ts';

const marks = (text: string) => halfWidthMarks(text).map((m) => `${m.mark}→${m.fullWidth}`);

describe('half-width punctuation in editors’ Chinese', () => {
  it('finds , : ; between Chinese characters, with a space or a quote beside them', () => {
    expect(marks('介绍产业扶贫模式,指出基础设施薄弱;提出建议:加大投入')).toEqual([',→，', ';→；', ':→：']);
    expect(marks('模式, 指出')).toEqual([',→，']);
    expect(marks('“三带一减”,指出')).toEqual([',→，']);
  });

  it('finds parentheses around Chinese as a pair, and a lone one beside Chinese', () => {
    expect(marks('阜新市(辽宁省)的报告')).toEqual(['(→（', ')→）']);
    expect(marks('2015年(预计)')).toEqual(['(→（', ')→）']);
    expect(marks('见上文)所述')).toEqual([')→）']);
  });

  it('leaves the report’s words an editor quotes as they are', () => {
    expect(marks('报告写“三县(区)和开发区”,即三县')).toEqual([',→，']);
    expect(marks('原文「脱贫,攻坚」')).toEqual([]);
  });

  it('leaves what is not between Chinese alone', () => {
    expect(marks('GB/T 7714, APA; 10:30 (GDP) 增长 (2015)')).toEqual([]);
    expect(marks('全市，共3个县；其中（2015年）')).toEqual([]);
    expect(marks('数字为97,340人')).toEqual([]);
  });

  it('says where the mark is and how the stretch reads when fixed', () => {
    const [mark] = halfWidthMarks('报告介绍产业扶贫模式,指出问题');
    expect(mark).toMatchObject({ index: 10, context: '扶贫模式,指出问题', fixed: '扶贫模式，指出问题' });
    const [open] = halfWidthMarks('阜新市(辽宁)');
    expect(open!.fixed).toBe('阜新市（辽宁）');
  });
});
