import { describe, expect, it } from 'vitest';
import { formatFlags, formatSummary } from './format-flags.ts';
import type { Flag } from './types.ts';

const flags: Flag[] = [
  { kind: 'summary', outputLine: 15, snippet: '待编辑撰写', zh: '请撰写摘要。', en: 'Write a summary.' },
  { kind: 'lost-year', sourceLine: 18, outputLine: 26, snippet: '20156月,習', zh: '疑缺“年”字。', en: 'Lost 年.' },
];

describe('formatFlags', () => {
  it('prints file:line, the input line, the snippet, then Chinese before English', () => {
    const text = formatFlags('content/reports/a.md', '002.txt', flags);
    expect(text.split('\n')).toEqual([
      'content/reports/a.md  ← 002.txt',
      '  content/reports/a.md:15  「待编辑撰写」',
      '    请撰写摘要。',
      '    Write a summary.',
      '  content/reports/a.md:26  (原文 source 002.txt:18)  「20156月,習」',
      '    疑缺“年”字。',
      '    Lost 年.',
    ]);
  });

  it('leaves out input lines that are no lines of the file the editor has', () => {
    expect(formatFlags('a.md', 'b.docx', flags, false)).not.toContain('原文');
  });
});

describe('formatSummary', () => {
  it('counts files, items and copying damage, in both languages', () => {
    expect(formatSummary(2, flags, 389)).toBe(
      '共写入 2 个报告文件,2 处待核(其中复制损伤 1 处);已删除转换器拼音注音 389 处。\n' +
        'Wrote 2 report files, 2 items to check (1 copying damage); removed 389 converter pinyin glosses.',
    );
  });
});
