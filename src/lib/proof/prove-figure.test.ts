import { describe, expect, it } from 'vitest';
import { proveFigure } from './prove-figure.ts';

const paragraphs = [
  { n: 1, text: '赤峰市是革命老区。' },
  { n: 2, text: '贫困人口人均纯收入由2015年的2621元增加到2020年的11595元，25.66万老区贫困人口全部脱贫。' },
  { n: 3, text: '每户年增收500—2000元，每村5万~10万元。' },
];

describe('proveFigure', () => {
  it('finds the paragraph and reads the value in its unit', () => {
    const proof = proveFigure({ quote: '25.66万老区贫困人口全部脱贫', value: 256600, unit: '人' }, paragraphs);
    expect(proof).toMatchObject({ ok: true, paragraph: 2, number: { text: expect.stringContaining('25.66万') } });
  });

  it('refuses a value the quote does not state, listing what it reads', () => {
    const proof = proveFigure({ quote: '由2015年的2621元增加到2020年的11595元', value: 2622, unit: '元' }, paragraphs);
    expect(proof.ok).toBe(false);
    expect(proof.ok || proof.reason).toContain('2621');
  });

  it('refuses a quote that is not in the report', () => {
    const proof = proveFigure({ quote: '25.67万老区贫困人口全部脱贫', value: 256700, unit: '人' }, paragraphs);
    expect(proof.ok || proof.reason).toContain('引文不在报告正文中');
  });

  it('does not read a year as the value', () => {
    expect(proveFigure({ quote: '由2015年的2621元', value: 2015, unit: '元' }, paragraphs).ok).toBe(false);
  });

  it('proves a range by one number that runs from its low end to its high end', () => {
    expect(proveFigure({ quote: '每户年增收500—2000元', value: { low: 500, high: 2000 }, unit: '元' }, paragraphs).ok).toBe(true);
    expect(proveFigure({ quote: '每村5万~10万元', value: { low: 5, high: 10 }, unit: '万元' }, paragraphs).ok).toBe(true);
    const wrongHigh = proveFigure({ quote: '每户年增收500—2000元', value: { low: 500, high: 3000 }, unit: '元' }, paragraphs);
    expect(wrongHigh.ok || wrongHigh.reason).toContain('500—3000');
  });
});
