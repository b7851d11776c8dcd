import { isHan, spaceHan } from './han.ts';

/** One word of a query as the reader typed it, and folded to Simplified. */
export interface QueryPart {
  typed: string;
  folded: string;
  /** False when no page can hold the typed form (it is then not searched, only shown). */
  typedIndexable?: boolean;
}

/**
 * Splits a query into the words the reader separated with spaces or Chinese punctuation (quotes
 * are dropped: every word is searched as an exact phrase anyway). Each word keeps its typed form where some page could
 * hold it, because a Simplified page can hold a character that folding would change (著 in 显著).
 */
export function parseQuery(query: string, fold: (text: string) => string, couldBeIndexed: (text: string) => boolean = () => true): QueryPart[] {
  // Chinese punctuation separates phrases as spaces do; a phrase never runs across it in the index.
  const words = query.split(/[\s"“”‘’「」『』，。、；：？！（）《》【】\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/).filter(Boolean);
  const seen = new Set<string>();
  const parts: QueryPart[] = [];
  for (const typed of words) {
    const folded = fold(typed);
    if (seen.has(folded)) continue;
    seen.add(folded);
    parts.push(typed === folded || couldBeIndexed(typed) ? { typed, folded } : { typed, folded, typedIndexable: false });
  }
  return parts;
}

/** Pagefind exact-phrase queries for one word: its folded form, and its typed form if different. */
export function exactQueries(part: QueryPart): string[] {
  const forms = part.typed === part.folded || part.typedIndexable === false ? [part.folded] : [part.folded, part.typed];
  return forms.map((form) => `"${spaceHan(form)}"`);
}

/** A relevance query over every character of every word (Pagefind ranks; the phrases decide). */
export function rankingQuery(parts: readonly QueryPart[]): string {
  return parts.map((part) => spaceHan(part.folded)).join(' ');
}

/**
 * The units a word can be cut into when it matches nothing as typed: single Han characters, and
 * runs of anything else (2020, APP) that the index holds as one word.
 */
export function cutUnits(text: string): string[] {
  const units: string[] = [];
  for (const char of text) {
    const last = units[units.length - 1];
    if (last !== undefined && !isHan(char) && !isHan(last.slice(-1))) units[units.length - 1] = last + char;
    else units.push(char);
  }
  return units;
}

/** A piece of a word, in both of its forms (folding keeps characters one for one). */
export function pieceOf(part: QueryPart, from: number, to: number): QueryPart {
  const folded = cutUnits(part.folded);
  const typed = cutUnits(part.typed);
  const aligned = typed.length === folded.length;
  const piece = folded.slice(from, to).join('');
  const out: QueryPart = { folded: piece, typed: aligned ? typed.slice(from, to).join('') : piece };
  if (part.typedIndexable === false) out.typedIndexable = false;
  return out;
}
