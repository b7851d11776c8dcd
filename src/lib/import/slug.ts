/**
 * Readable ASCII slugs in pinyin: month, place and a keyword from the title
 * (2021-07-chifeng-laoqu-zhenxing). Pinyin comes from pinyin-pro, which reads each character
 * in its word (重庆 chongqing, 六安 luan).
 */
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../script-convert.ts';
import { findPlaceNames } from './place-names.ts';

// The policy terms that say best what an old-area report is about, most specific first; each
// written as the words its keyword is made of. A title naming none of them gives its own words.
const POLICY_TERMS: ReadonlyArray<{ term: string; words: string }> = [
  { term: '扶贫改革试验区', words: '试验区' },
  { term: '自评', words: '自评' },
  { term: '体制机制', words: '体制 机制' },
  { term: '老区振兴', words: '老区 振兴' },
  { term: '脱贫富民', words: '脱贫 富民' },
  { term: '乡村振兴', words: '乡村 振兴' },
  { term: '精准脱贫', words: '精准 脱贫' },
  { term: '精准扶贫', words: '精准 扶贫' },
  { term: '脱贫攻坚', words: '脱贫 攻坚' },
  { term: '易地扶贫搬迁', words: '易地 搬迁' },
  { term: '产业扶贫', words: '产业 扶贫' },
  { term: '红色文化', words: '红色 文化' },
];
const MAX_KEYWORD_WORDS = 3;
const TITLE_WORDS = 2;
// Words every report title may hold, which tell one report from another not at all.
const GENERIC_WORDS =
  /关于|有关|的|和|与|及|对|在|为|调研|调查|报告|情况|工作|思考|分析|建议|对策|研究|总结|汇报|问题|几点|意见|我市|我县|我区|全市|全县|老促会|老区建设促进会|促进会/gu;
// A body's name in a title (赤峰市老促会关于…) is the publisher, not the subject.
const BODY_NAME = /\p{Script=Han}*?(?:老促会|促进会|委员会|办公室|人民政府|政府|研究室|政研室)/gu;

/** Lower-case toneless pinyin of Chinese text, ü written v; other letters and digits kept. */
export function toPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

/** The words of a title that say what it is about: places, bodies and generic words taken out. */
function titleWords(title: string): string[] {
  let rest = title.replace(BODY_NAME, ' ');
  for (const mention of findPlaceNames(rest).reverse()) {
    rest = `${rest.slice(0, mention.at)} ${rest.slice(mention.at + mention.name.length)}`;
  }
  rest = rest.replace(GENERIC_WORDS, ' ');
  const words: string[] = [];
  // The segmenter splits words it does not know into single characters: rejoin those runs, in
  // words of two characters (most Chinese words), the last taking an odd one (老区扶贫 → 老区 扶贫).
  const pushRun = (chars: string[]) => {
    for (let i = 0; i + 1 < chars.length; i += 2) words.push(chars.slice(i, chars.length - i === 3 ? i + 3 : i + 2).join(''));
  };
  let run: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(rest)) {
    if (isWordLike && [...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
      run.push(segment);
      continue;
    }
    pushRun(run);
    run = [];
    if (isWordLike && [...segment].length >= 2) words.push(segment);
  }
  pushRun(run);
  return words;
}

/** The keyword part of a slug, from the title (and subtitle); 'baogao' when the title has no words left. */
export function titleKeywords(title: string): string {
  const simplified = toSimplified(title);
  const words: string[] = [];
  for (const { term, words: termWords } of POLICY_TERMS) {
    if (!simplified.includes(term)) continue;
    const next = termWords.split(' ');
    if (words.length + next.length > MAX_KEYWORD_WORDS) continue;
    words.push(...next);
  }
  if (words.length === 0) words.push(...titleWords(simplified).slice(0, TITLE_WORDS));
  const keyword = words.map(toPinyin).filter(Boolean).join('-');
  return keyword === '' ? 'baogao' : keyword;
}

/**
 * Builds a slug from a YYYY-MM[-DD] date (or none), the place's name in Chinese (or none) and
 * the title. Without a date the month is 0000-00; without a place there is no place part; the
 * editor is told to rename the file in either case.
 */
export function makeSlug(date: string | undefined, placeName: string, title: string): string {
  const month = date === undefined ? '0000-00' : date.slice(0, 7);
  return [month, toPinyin(placeName), titleKeywords(title)]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
