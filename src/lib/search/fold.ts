/**
 * Folds a query from Traditional to Simplified characters in the browser, with only the part of
 * OpenCC's tables that can change a search on this site (see fold-table.ts). Traditional pages are
 * indexed in Simplified, so a folded query finds them and Simplified pages alike.
 */

/** The folding table as the build writes it into /pagefind/laoqu-search.json. */
export interface FoldTableData {
  /** Traditional→Simplified character pairs, concatenated: "發发髮发…". */
  chars: string;
  /** Phrases whose Simplified form differs from folding them character by character (乾隆, 著作). */
  phrases: [traditional: string, simplified: string][];
  /** Characters the table folds that some page nevertheless holds as they are (著 in 显著). */
  kept: string;
}

export interface FoldTable {
  chars: ReadonlyMap<string, string>;
  kept: ReadonlySet<string>;
  phrases: ReadonlyMap<string, string>;
  /** Length in characters of the longest phrase, to bound the lookahead. */
  longest: number;
}

export function readFoldTable(data: FoldTableData): FoldTable {
  const pairs = [...data.chars];
  const chars = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i]!, pairs[i + 1]!);
  const phrases = new Map(data.phrases);
  const longest = Math.max(1, ...data.phrases.map(([traditional]) => [...traditional].length));
  return { chars, phrases, longest, kept: new Set(data.kept) };
}

/**
 * Whether text as typed could be on some page: not if it holds a Traditional character that the
 * site only has in Simplified. Saves searching (and fetching index chunks for) a form that
 * cannot match.
 */
export function couldBeIndexed(text: string, table: FoldTable): boolean {
  return [...text].every((char) => !table.chars.has(char) || table.kept.has(char));
}

/** Longest phrase first, then character by character, as OpenCC converts. */
export function foldToSimplified(text: string, table: FoldTable): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let matched = false;
    for (let n = Math.min(table.longest, chars.length - i); n >= 2 && !matched; n--) {
      const simplified = table.phrases.get(chars.slice(i, i + n).join(''));
      if (simplified !== undefined) {
        out += simplified;
        i += n;
        matched = true;
      }
    }
    if (!matched) {
      const char = chars[i]!;
      out += table.chars.get(char) ?? char;
      i += 1;
    }
  }
  return out;
}
