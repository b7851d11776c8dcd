/**
 * Escapes what Markdown (CommonMark + GFM) would read as markup in a paragraph of plain report
 * text, so the page shows exactly the characters the publisher wrote. GFM's single-tilde
 * strikethrough matters here: "5万~10万元…5万~8万元" would otherwise strike out a sentence.
 */
const INLINE = /[\\`*_~[\]<>|]/gu;
const ENTITY = /&(?=#?[a-z0-9]+;)/giu;

/** Escapes one paragraph (a single line) of text for Markdown. */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(INLINE, (char) => `\\${char}`).replace(ENTITY, '&amp;');
  // Block markers only count at the start of a line.
  escaped = escaped
    .replace(/^(#{1,6})(?=\s|$)/u, '\\$1')
    .replace(/^([-+])(?=\s|$)/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^(=+|-+)\s*$/u, (run) => `\\${run}`);
  return escaped;
}
