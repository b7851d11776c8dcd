/**
 * Width of a text in a system sans-serif, estimated without a DOM: charts are laid out at build
 * time, where nothing can be measured. CJK glyphs are a full em; digits and Latin letters a bit
 * over half. Estimates err wide, so a label never runs into its neighbour.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems * fontSize;
}

function charEms(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK, fullwidth punctuation, kana
  if (/[0-9]/.test(char)) return 0.58;
  if (/[.,:;'|!il]/.test(char)) return 0.3;
  if (char === ' ') return 0.3;
  if (/[%MWmw@]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.68;
  return 0.58;
}

/**
 * Breaks a text into lines no wider than `maxWidth`. Chinese breaks between any two characters;
 * a run of digits or Latin letters stays whole, so "720.4亿元" never splits inside the number,
 * and an address breaks only after a "/". As Chinese typesetting requires, a closing mark (、。》)
 * never starts a line and an opening one (《「) never ends one.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/https?:\/\/|[0-9A-Za-z.,%\-+_:#?=&]+\/?|\/|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next, fontSize) > maxWidth && !CLOSING.test(token)) {
      const carried = OPENING.test(line.at(-1) ?? '') ? line.at(-1)! : '';
      lines.push(line.slice(0, line.length - carried.length).trimEnd());
      line = carried + token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const CLOSING = /^[、。，；：？！》」』）”’]$/u;
const OPENING = /[《「『（“‘]/u;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box a text covers when drawn at (x, y) on its baseline with the given anchor. */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: y - fontSize * 0.85, bottom: y + fontSize * 0.2 };
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;
}
