/**
 * Han characters are indexed and searched one by one, so that a query matches the text exactly
 * as typed. Word segmenters (the indexer's and the browser's Intl.Segmenter) disagree on names
 * their dictionaries lack — 阜平 became 阜|平 in one place and 阜平 in another — and a phrase
 * search then misses or over-matches. Single characters plus Pagefind's exact-phrase search give
 * plain substring matching, which is what a reader expects of Chinese text.
 */

/** Zero-width space: the indexer's word break that leaves no trace in excerpts. */
export const ZWSP = '\u200B';

/**
 * Characters that are not lined up between the indexed text and the page's own (restore-fragment.ts):
 * white space, which the indexer collapses, and format characters that print nothing — our
 * word break, and the zero-width spaces, joiners and soft hyphens a copied report brings, which
 * the indexer may keep or drop. They read the same in both scripts, so there is nothing to restore.
 */
const UNALIGNED = /[\s\p{Cf}]/u;

export function isUnaligned(char: string): boolean {
  return UNALIGNED.test(char);
}

const HAN = /\p{Script=Han}/u;

/** True for one Han character (any CJK ideograph block, including extensions). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Puts a zero-width space between every two adjacent Han characters, so the indexer sees each
 * as a word. `afterHan` says whether the text just before this piece (an earlier text node in
 * the same block) ended in a Han character, so a break is also put at the join.
 */
export function breakHan(text: string, afterHan = false): { text: string; endsWithHan: boolean } {
  // One regular-expression pass: a loop testing each character took a tenth of the indexing.
  const broken = text.replace(BETWEEN_HAN, ZWSP);
  return {
    text: afterHan && STARTS_HAN.test(text) ? ZWSP + broken : broken,
    endsWithHan: text === '' ? afterHan : ENDS_HAN.test(text),
  };
}

const BETWEEN_HAN = /(?<=\p{Script=Han})(?=\p{Script=Han})/gu;
const STARTS_HAN = /^\p{Script=Han}/u;
const ENDS_HAN = /\p{Script=Han}$/u;

/** The same break for a query, with plain spaces: Pagefind then looks each character up alone. */
export function spaceHan(query: string): string {
  let out = '';
  let previousHan = false;
  for (const char of query) {
    const han = isHan(char);
    if (han && previousHan) out += ' ';
    out += char;
    previousHan = han;
  }
  return out;
}
