import { describe, expect, it } from 'vitest';
import type { Region } from '../../schemas/region.ts';
import { citedStatements, statementKey, statementParagraph } from './statement-source.ts';

const paragraphs = [
  { n: 1, text: '赤峰市位于内蒙古东部。' },
  { n: 2, text: '1995年，宁城被确认为革命老区。' },
  { n: 3, text: '宁城县是冀察热辽根据地的中心之一。' },
];

describe('the paragraph a region statement cites', () => {
  it('finds a recognition by the short name and its year, history by 老区 or 根据地', () => {
    expect(statementParagraph(paragraphs, { name: '宁城县', year: 1995 })).toBe(2);
    expect(statementParagraph(paragraphs, { name: '宁城县' })).toBe(2);
    expect(statementParagraph(paragraphs.slice(2), { name: '宁城县' })).toBe(3);
  });

  it('finds none when the year is not stated with the name', () => {
    expect(statementParagraph(paragraphs, { name: '宁城县', year: 1996 })).toBeUndefined();
    expect(statementParagraph(paragraphs, { name: '林西县', year: 1995 })).toBeUndefined();
  });

  it('lists only statements citing a report on the site, keyed by region and year', () => {
    const region = {
      id: '150429', name: '宁城县',
      oldArea: [{ year: 1995, by: '内蒙古自治区', statement: '革命老区', source: { name: '报告', report: 'r' } }, { by: 'x', statement: 'y', source: { name: '志书' } }],
      history: [{ text: '根据地', source: { name: '报告', report: 'r' } }],
    } as unknown as Region;
    expect(citedStatements([region])).toEqual([
      { report: 'r', key: statementKey('150429', 1995), name: '宁城县', year: 1995 },
      { report: 'r', key: '150429@', name: '宁城县' },
    ]);
  });
});
