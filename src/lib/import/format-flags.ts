/**
 * What the importer prints for the editor: per report file, each thing to check as
 * `file:line`, the input line it came from, the passage, then what to do — Chinese first.
 */
import type { Flag } from './types.ts';

/**
 * Prints the flags of one written report file.
 * @param inputLines whether the input's line numbers mean something to the editor (a .txt file
 *   they can open); for .html and .docx they count lines of extracted text, so they are left out
 */
export function formatFlags(outputPath: string, inputName: string, flags: readonly Flag[], inputLines = true): string {
  const lines = [`${outputPath}  ← ${inputName}`];
  const ordered = [...flags].sort((a, b) => (a.outputLine ?? 0) - (b.outputLine ?? 0));
  for (const flag of ordered) {
    const where = flag.outputLine === undefined ? outputPath : `${outputPath}:${flag.outputLine}`;
    const from = flag.sourceLine === undefined || !inputLines ? '' : `  (原文 source ${inputName}:${flag.sourceLine})`;
    const snippet = flag.snippet === '' ? '' : `  「${flag.snippet}」`;
    lines.push(`  ${where}${from}${snippet}`, `    ${flag.zh}`, `    ${flag.en}`);
  }
  if (ordered.length === 0) lines.push('  无待核事项 / nothing to check');
  return lines.join('\n');
}

const DAMAGE_KINDS = new Set<Flag['kind']>(['lost-year', 'lost-month', 'lost-day', 'lost-unit', 'lost-bracket', 'unreadable', 'stray-latin']);

/** The closing summary line. */
export function formatSummary(files: number, flags: readonly Flag[], glossesRemoved: number): string {
  const damage = flags.filter((flag) => DAMAGE_KINDS.has(flag.kind)).length;
  const glossZh = glossesRemoved > 0 ? `;已删除转换器拼音注音 ${glossesRemoved} 处` : '';
  const glossEn = glossesRemoved > 0 ? `; removed ${glossesRemoved} converter pinyin glosses` : '';
  return (
    `共写入 ${files} 个报告文件,${flags.length} 处待核(其中复制损伤 ${damage} 处)${glossZh}。\n` +
    `Wrote ${files} report file${files === 1 ? '' : 's'}, ${flags.length} items to check (${damage} copying damage)${glossEn}.`
  );
}
