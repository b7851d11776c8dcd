/**
 * Chinese outline numbering → Markdown headings. A numbered line is a heading only when it
 * stands alone: short and holding no full stop. "一、深入开展调查研究。呼和浩特市…" opens a
 * paragraph with a run-in lead and stays text, as do leads like 一是….
 */

/** How one line of a report body is laid out. */
export type LineRole =
  | { kind: 'heading'; level: 2 | 3 | 4; guessed: boolean }
  | { kind: 'paragraph' };

const NUMERAL = '[一二三四五六七八九十百零〇]+';
const LEVEL_2 = new RegExp(`^${NUMERAL}[、.．]`, 'u');
const LEVEL_3 = new RegExp(`^[(（]${NUMERAL}[)）]`, 'u');
const LEVEL_4 = /^\d{1,2}(?:[、．]|\.(?!\d))/u;
const SENTENCE_END = /[。！？；!?;]/u;
const MAX_HEADING_LENGTH = 60;
const MAX_UNNUMBERED_HEADING_LENGTH = 30;

function standsAlone(text: string, maxLength: number): boolean {
  const body = text.replace(/[。]$/u, '');
  return [...body].length <= maxLength && !SENTENCE_END.test(body);
}

/**
 * Decides whether a line is a heading.
 * @param text the trimmed line
 * @param layout whether this line was indented, and whether the document indents its paragraphs
 *   (then an unindented short line without punctuation is an unnumbered heading, as in 004)
 */
export function classifyLine(
  text: string,
  layout: { indented: boolean; documentIndents: boolean } = { indented: false, documentIndents: false },
): LineRole {
  if (LEVEL_2.test(text) && standsAlone(text, MAX_HEADING_LENGTH)) {
    return { kind: 'heading', level: 2, guessed: false };
  }
  if (LEVEL_3.test(text) && standsAlone(text, MAX_HEADING_LENGTH)) {
    return { kind: 'heading', level: 3, guessed: false };
  }
  if (LEVEL_4.test(text) && standsAlone(text, MAX_HEADING_LENGTH)) {
    return { kind: 'heading', level: 4, guessed: false };
  }
  if (
    layout.documentIndents &&
    !layout.indented &&
    standsAlone(text, MAX_UNNUMBERED_HEADING_LENGTH) &&
    !/[,，、:：“”"]/u.test(text) &&
    /^\p{Script=Han}/u.test(text)
  ) {
    return { kind: 'heading', level: 2, guessed: true };
  }
  return { kind: 'paragraph' };
}
