import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes only where needed', () => {
    const csv = toCsv(['id', 'quote'], [['a', '由2015年的2621元,增加到"11595元"']]);
    expect(csv).toBe('\uFEFFid,quote\r\na,"由2015年的2621元,增加到""11595元"""\r\n');
  });

  it('parses back what it writes, line breaks inside fields included', () => {
    const rows = [
      ['fuxin-1', '阜新', '9.62', '第一行\n第二行'],
      ['x', '', '0', 'plain'],
    ];
    expect(parseCsv(toCsv(['id', 'region', 'value', 'quote'], rows))).toEqual([['id', 'region', 'value', 'quote'], ...rows]);
  });
});
