import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { FoldTableData } from './fold.ts';

/** Every Traditional form the site's converter (Taiwan and Hong Kong forms to mainland) knows. */
function traditionalForms(): Set<string> {
  const forms = new Set<string>();
  for (const dict of [TSCharacters, TSPhrases, TWVariantsRev, TWVariantsRevPhrases, HKVariantsRev, HKVariantsRevPhrases]) {
    for (const entry of dict.split('|')) {
      const form = entry.split(' ')[0];
      if (form) forms.add(form);
    }
  }
  return forms;
}

/**
 * The part of OpenCC's Traditional→Simplified tables a query can need on this site. An entry
 * whose Simplified form holds a character that no indexed page contains is dropped: folding it
 * could not make the query match anything. `convert` is the build's own converter, so a folded
 * query meets the index exactly as the build wrote it.
 */
export function buildFoldTable(corpusChars: ReadonlySet<string>, convert: (text: string) => string): FoldTableData {
  const inCorpus = (text: string) => [...text].every((char) => corpusChars.has(char));
  const chars = new Map<string, string>();
  const phrases: [string, string][] = [];
  const forms = [...traditionalForms()].sort();
  for (const form of forms) {
    if ([...form].length !== 1) continue;
    const simplified = convert(form);
    if (simplified !== form && [...simplified].length === 1 && inCorpus(simplified)) chars.set(form, simplified);
  }
  const byChar = (text: string) => [...text].map((char) => chars.get(char) ?? char).join('');
  for (const form of forms) {
    if ([...form].length === 1) continue;
    const simplified = convert(form);
    if (simplified !== byChar(form) && inCorpus(simplified)) phrases.push([form, simplified]);
  }
  const kept = [...chars.keys()].filter((char) => corpusChars.has(char)).join('');
  return { chars: [...chars].map(([t, s]) => t + s).join(''), phrases, kept };
}
