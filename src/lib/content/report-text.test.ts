import { describe, expect, it } from 'vitest';
import { decodeReportText, describeRun, firstInvalidUtf8, invisibleRuns } from './report-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('firstInvalidUtf8', () => {
  it('accepts well-formed UTF-8 of every length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é 脱 𠀀'))).toBeUndefined();
  });

  it.each([
    ['a stray continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x61, 0x62, 0xe8, 0x84), 2],
    ['GBK', bytes(0x41, 0xb5, 0xda), 1],
  ])('finds %s', (_, input, at) => {
    expect(firstInvalidUtf8(input)).toBe(at);
  });
});

describe('decodeReportText', () => {
  it('names the line of the first bad byte', () => {
    const { problems } = decodeReportText('a.md', bytes(0x61, 0x0a, 0x62, 0x0a, 0xff));
    expect(problems).toMatchObject([{ file: 'a.md', line: 3, message: expect.stringContaining('0xFF') }]);
  });

  it('refuses control characters, once a line, with the column', () => {
    const { problems } = decodeReportText('a.md', new TextEncoder().encode('标题\u0001\u0002\n正文\t可以\r\n末\u007f'));
    expect(problems.map((p) => [p.line, p.message.split(' / ')[0]])).toEqual([
      [1, '第 1 行第 3 列有看不见的控制字符 U+0001'],
      [3, '第 3 行第 2 列有看不见的控制字符 U+007F'],
    ]);
  });

  it('passes text with tabs and both kinds of line end', () => {
    expect(decodeReportText('a.md', new TextEncoder().encode('a\tb\r\nc\n'))).toEqual({ text: 'a\tb\r\nc\n', problems: [] });
  });
});

describe('invisibleRuns', () => {
  it('finds runs with their line and column, but not the byte-order mark that starts a file', () => {
    expect(invisibleRuns('\uFEFF---\n脱\u200B\u200B贫\n软\u00AD件')).toEqual([
      { line: 2, column: 2, run: '\u200B\u200B' },
      { line: 3, column: 2, run: '\u00AD' },
    ]);
    expect(describeRun('\u200B\u200B\u200C')).toBe('U+200B U+200C ×3');
  });
});
