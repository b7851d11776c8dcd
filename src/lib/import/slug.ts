/**
 * Readable ASCII slugs: month + place in pinyin + a short keyword from the title
 * (2021-07-chifeng-laoqu-zhenxing). A small table instead of a pinyin library: titles of
 * old-area reports draw on a few dozen policy terms, and a missing term only costs a keyword.
 */

// Most specific first; each term in both scripts.
const KEYWORDS: ReadonlyArray<{ terms: readonly string[]; slug: string }> = [
  { terms: ['扶贫改革试验区', '扶貧改革試驗區'], slug: 'shiyanqu' },
  { terms: ['自评', '自評'], slug: 'ziping' },
  { terms: ['体制机制', '體制機制'], slug: 'tizhi-jizhi' },
  { terms: ['老区振兴', '老區振興'], slug: 'laoqu-zhenxing' },
  { terms: ['脱贫富民', '脫貧富民'], slug: 'tuopin-fumin' },
  { terms: ['乡村振兴', '鄉村振興'], slug: 'xiangcun-zhenxing' },
  { terms: ['精准脱贫', '精準脫貧'], slug: 'jingzhun-tuopin' },
  { terms: ['精准扶贫', '精準扶貧'], slug: 'jingzhun-fupin' },
  { terms: ['脱贫攻坚', '脫貧攻堅'], slug: 'tuopin-gongjian' },
  { terms: ['易地扶贫搬迁', '易地扶貧搬遷'], slug: 'yidi-banqian' },
  { terms: ['产业扶贫', '產業扶貧'], slug: 'chanye-fupin' },
  { terms: ['红色文化', '紅色文化'], slug: 'hongse-wenhua' },
];
const FALLBACK_KEYWORDS: ReadonlyArray<{ terms: readonly string[]; slug: string }> = [
  { terms: ['脱贫', '脫貧'], slug: 'tuopin' },
  { terms: ['扶贫', '扶貧'], slug: 'fupin' },
  { terms: ['振兴', '振興'], slug: 'zhenxing' },
  { terms: ['老区', '老區'], slug: 'laoqu' },
];
const MAX_KEYWORD_PARTS = 3;

/** The keyword part of a slug, from the title (and subtitle); 'baogao' when nothing matches. */
export function titleKeywords(title: string): string {
  const parts: string[] = [];
  for (const entry of KEYWORDS) {
    if (!entry.terms.some((term) => title.includes(term))) continue;
    const next = entry.slug.split('-');
    if (parts.length + next.length > MAX_KEYWORD_PARTS) continue;
    parts.push(...next);
  }
  if (parts.length === 0) {
    const fallback = FALLBACK_KEYWORDS.find((entry) => entry.terms.some((term) => title.includes(term)));
    parts.push(fallback?.slug ?? 'baogao');
  }
  return parts.join('-');
}

/** Builds a slug from a YYYY-MM[-DD] date, a place in pinyin and the title. */
export function makeSlug(date: string, placePinyin: string, title: string): string {
  const month = date.slice(0, 7);
  return [month, placePinyin, titleKeywords(title)]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
