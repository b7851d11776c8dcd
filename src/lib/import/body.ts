/**
 * Lays out a report body as Markdown blocks, one per line of the page (a paragraph, a heading or
 * an image caption), and collects what the editor must check in each.
 */
import { detectDamage } from './damage.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { classifyLine } from './outline.ts';
import type { BodyLine } from './page.ts';
import type { Flag } from './types.ts';

/** One Markdown block of the body, with the flags raised by its line. */
export interface BodyBlock {
  markdown: string;
  sourceLine: number;
  flags: Flag[];
}

/** Turns body lines into Markdown blocks. */
export function layOutBody(lines: readonly BodyLine[]): BodyBlock[] {
  const indentedCount = lines.filter((line) => line.indented).length;
  const documentIndents = indentedCount > lines.length / 2;
  return lines.map((line) => {
    const flags = detectDamage(line);
    if (line.caption) {
      flags.push({
        kind: 'caption',
        sourceLine: line.n,
        snippet: line.text,
        zh: '图片说明:图片本身未导入,只留说明文字(斜体)。如有原图,请放入 public/ 并插入。',
        en: 'Image caption: the image itself was not imported, only its caption (in italics). Add the image if you have it.',
      });
      return { markdown: `*${escapeMarkdown(line.text)}*`, sourceLine: line.n, flags };
    }
    const role = classifyLine(line.text, { indented: line.indented, documentIndents });
    if (role.kind === 'heading') {
      if (role.guessed) {
        flags.push({
          kind: 'guessed-heading',
          sourceLine: line.n,
          snippet: line.text,
          zh: '原文无编号,按版式推定为小标题。请核实;若是正文,删去行首的“## ”。',
          en: 'No numbering in the original: taken as a heading from the layout. Check; if it is body text, remove the leading "## ".',
        });
      }
      return { markdown: `${'#'.repeat(role.level)} ${escapeMarkdown(line.text)}`, sourceLine: line.n, flags };
    }
    return { markdown: escapeMarkdown(line.text), sourceLine: line.n, flags };
  });
}
