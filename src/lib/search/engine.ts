import { isHan } from './han.ts';
import { cutUnits, exactQueries, parseQuery, pieceOf, rankingQuery, type QueryPart } from './query.ts';
import { intersect, orderByRank } from './results.ts';

/** What a result's data() gives (Pagefind's JS API, the fields this site uses). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** Word positions of the match, in the page's text. */
  locations?: number[];
  anchors?: { element: string; id: string; location: number; text?: string }[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** The part of the Pagefind JS API the search uses, so the logic runs against a stand-in in tests. */
export interface PagefindApi {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload?(term: string): Promise<void>;
}

export interface SearchOutcome {
  parts: QueryPart[];
  /** exact: every word as typed; loose: every word cut into pieces the site holds; none: nothing. */
  level: 'exact' | 'loose' | 'none';
  /** The words the results hold (the loose words when loosened). */
  words: QueryPart[];
  /** Matching page ids, most relevant first. */
  ids: string[];
  /** A result per page from an exact-phrase search, whose excerpt marks the phrase itself. */
  results: Map<string, PagefindResult>;
  /** Each word tried and how many pages hold it, for the help shown when nothing matches. */
  wordCounts: { word: QueryPart; count: number }[];
}

async function pagesHolding(api: PagefindApi, part: QueryPart): Promise<Map<string, PagefindResult>> {
  const found = new Map<string, PagefindResult>();
  for (const query of exactQueries(part)) {
    const response = await api.search(query);
    for (const result of response?.results ?? []) if (!found.has(result.id)) found.set(result.id, result);
  }
  return found;
}

async function allWords(api: PagefindApi, words: readonly QueryPart[]) {
  // Fetch the index chunks for every word at once; the searches then run from memory.
  if (api.preload) await Promise.all(words.flatMap((word) => exactQueries(word)).map((query) => api.preload!(query)));
  const maps: Map<string, PagefindResult>[] = [];
  for (const word of words) maps.push(await pagesHolding(api, word));
  return { maps, ids: intersect(maps.map((map) => new Set(map.keys()))) };
}

/**
 * Cuts a word that matches nothing into the fewest pieces the site does hold, longest first:
 * 阜平县扶贫 → 阜平县 + 扶贫. The index decides, not a dictionary: the browser's segmenter cuts
 * names it does not know (and many words) into single characters. A piece of one character would
 * match almost anything (阜 of 阜新 and 平 elsewhere for 阜平), so a word that only falls apart
 * into such pieces cannot be loosened: `complete` is then false.
 */
async function cutIntoFound(api: PagefindApi, part: QueryPart): Promise<{ pieces: QueryPart[]; complete: boolean }> {
  const units = cutUnits(part.folded);
  const pieces: QueryPart[] = [];
  let complete = true;
  for (let from = 0; from < units.length; ) {
    let to = units.length;
    while (to - from > 1 && (await pagesHolding(api, pieceOf(part, from, to))).size === 0) to -= 1;
    const lone = to - from === 1 && units.length > 1 && isHan(units[from]!);
    if (lone) complete = false;
    else pieces.push(pieceOf(part, from, to));
    from = to;
  }
  return { pieces, complete };
}

/**
 * Precision first: every word must appear exactly as a phrase. Only when that finds nothing is
 * each word cut into pieces, still each an exact phrase, all of which a page must hold.
 * Pagefind's own relevance (titles and headings weigh more) orders what matched.
 */
export async function searchPages(
  api: PagefindApi,
  query: string,
  fold: (text: string) => string,
  couldBeIndexed?: (text: string) => boolean,
): Promise<SearchOutcome> {
  const parts = parseQuery(query, fold, couldBeIndexed);
  const outcome: SearchOutcome = { parts, level: 'none', words: parts, ids: [], results: new Map(), wordCounts: [] };
  if (parts.length === 0) return outcome;

  let words = parts;
  let { maps, ids } = await allWords(api, words);
  outcome.wordCounts = words.map((word, i) => ({ word, count: maps[i]!.size }));
  let level: SearchOutcome['level'] = 'exact';
  if (ids.size === 0) {
    const cuts = await Promise.all(parts.map((part) => cutIntoFound(api, part)));
    const pieces = cuts.flatMap((cut) => cut.pieces);
    if (pieces.length <= parts.length && cuts.every((cut) => cut.complete)) return outcome;
    words = pieces;
    ({ maps, ids } = await allWords(api, words));
    outcome.wordCounts.push(...words.map((word, i) => ({ word, count: maps[i]!.size })));
    if (ids.size === 0 || !cuts.every((cut) => cut.complete)) return outcome;
    level = 'loose';
  }
  const ranked = (await api.search(rankingQuery(words)))?.results.map((result) => result.id) ?? [];
  outcome.level = level;
  outcome.words = words;
  outcome.ids = orderByRank(ids, ranked);
  for (const id of outcome.ids) outcome.results.set(id, maps[0]!.get(id)!);
  return outcome;
}

/** The paragraph a match is in: its anchor id (p-N), for a link straight to it. */
export function matchParagraph(data: ResultData): string | undefined {
  const at = data.locations?.[0];
  if (at === undefined) return undefined;
  let id: string | undefined;
  for (const anchor of data.anchors ?? []) {
    if (anchor.location > at) break;
    if (/^p-\d+$/.test(anchor.id)) id = anchor.id;
  }
  return id;
}
