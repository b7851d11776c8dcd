import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv.ts';

/** An independent reader (csv-parse), as a spreadsheet would read the file. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

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

describe('formula injection', () => {
  it('neutralises text that a spreadsheet would run, and leaves numbers and plain text alone', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['=HYPERLINK("http://x")', '+1', '@SUM(A1)', -5, '-3%的下降']]);
    const [, row] = parseCsv(csv);
    expect(row).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)", '-5', "'-3%的下降"]);
    expect(parseCsv(toCsv(['q'], [['由2015年的2621元']]))[1]).toEqual(['由2015年的2621元']);
  });
});
