/**
 * Converter pinyin glosses: some Simplified→Traditional converters append the reading of a
 * character in brackets (發(fā), 區(qū)). The bracket holds one syllable with a tone mark, which
 * no Chinese text writes in brackets itself, so requiring the tone mark keeps (一), (APP) and
 * (C级) safe.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const GLOSS = new RegExp(`\\((?=[a-zü${TONED}]*[${TONED}])[a-zü${TONED}]{1,6}\\)`, 'gu');

/** Removes converter pinyin glosses; returns the text and how many were removed. */
export function removePinyinGlosses(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(GLOSS, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
}
