import { gunzipSync, gzipSync } from 'node:zlib';
import { isUnaligned } from './han.ts';
import type { IndexDocument } from './index-document.ts';

/** A Pagefind fragment: what the browser loads to show one result. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number; title?: string }[];
}

// Pagefind prefixes its compressed files with this signature before gzipping them.
const SIGNATURE = 'pagefind_dcd';

export function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment (signature missing)');
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

export function encodeFragment(fragment: Fragment): Uint8Array {
  // Level 6, not 9: two thirds of the time on every fragment of a large site, under 1% more bytes.
  return gzipSync(SIGNATURE + JSON.stringify(fragment), { level: 6 });
}

const LOOKAHEAD = 4;

/**
 * Puts the page's own characters back into indexed text. `content` is Pagefind's rendering of
 * the indexed characters: the same characters in order, with word breaks, collapsed whitespace
 * and sentence stops (". ") added. Each character that matches the next indexed one is replaced
 * by the page's character; anything else is Pagefind's own and kept. Word boundaries stay where
 * they were, so result locations and highlights still fit.
 */
export function restoreText(content: string, stream: { indexed: string[]; original: string[] }): string {
  const { indexed, original } = stream;
  let j = 0;
  let out = '';
  for (const char of content) {
    if (isUnaligned(char) || j >= indexed.length) {
      out += char;
      continue;
    }
    if (char === indexed[j]) {
      out += original[j];
      j += 1;
      continue;
    }
    // Pagefind drops a few characters (controls, soft hyphens); step over them when they are
    // the same in both scripts and the text carries on right after.
    let skipped = false;
    for (let k = 1; k <= LOOKAHEAD && j + k < indexed.length; k++) {
      if (indexed[j + k - 1] !== original[j + k - 1]) break;
      if (indexed[j + k] === char) {
        out += original[j + k];
        j += k + 1;
        skipped = true;
        break;
      }
    }
    if (!skipped) out += char;
  }
  if (j < indexed.length) {
    const context = indexed.slice(j, j + 20).join('');
    throw new Error(`索引文字与原文对不上：在「${context}」处中断（第 ${j}/${indexed.length} 字） / indexed text does not line up with the page at "${context}" (${j}/${indexed.length})`);
  }
  return out;
}

/**
 * The fragment the browser should see: the page's own script in excerpts and printed metadata.
 * Anchors keep their id and location (a result links to the paragraph it was found in) but lose
 * their text: no result shows it, it doubled the bytes of every fragment, and Pagefind builds a
 * sub-result excerpt for every anchor with text, which cost 150 ms for ten long reports.
 */
export function restoreFragment(fragment: Fragment, page: Pick<IndexDocument, 'stream' | 'meta'>): Fragment {
  return {
    ...fragment,
    content: page.stream ? restoreText(fragment.content, page.stream) : fragment.content,
    meta: { ...fragment.meta, ...page.meta },
    anchors: fragment.anchors.map((anchor) => ({ ...anchor, text: '' })),
  };
}
