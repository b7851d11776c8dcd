/**
 * The words around a number that say how exact it is: 约 / 近 / 左右 (about), 余 / 多 / 超过
 * (more than), 以上 / 不少于 (at least). They map onto the figure schema's qualifier.
 */
import type { Figure } from '../../schemas/figure.ts';

export type Qualifier = Figure['qualifier'];

interface QualifierWord {
  word: string;
  qualifier: Qualifier;
}

/**
 * Words before a number. Longest first, so 不超过 (at most) wins over 超过 (more than). 不到 / 不足
 * (below) and 不超过 (at most) have no place in the schema's four values; "about" is the nearest
 * honest one, and the quote keeps the exact words.
 */
const before: readonly QualifierWord[] = longestFirst([
  { word: '不超过', qualifier: 'about' }, { word: '不超過', qualifier: 'about' },
  { word: '不高于', qualifier: 'about' }, { word: '不高於', qualifier: 'about' },
  { word: '不多于', qualifier: 'about' }, { word: '不多於', qualifier: 'about' },
  { word: '大约', qualifier: 'about' }, { word: '大約', qualifier: 'about' },
  { word: '约为', qualifier: 'about' }, { word: '約為', qualifier: 'about' },
  { word: '将近', qualifier: 'about' }, { word: '將近', qualifier: 'about' },
  { word: '接近', qualifier: 'about' },
  { word: '不到', qualifier: 'about' }, { word: '不足', qualifier: 'about' },
  { word: '低于', qualifier: 'about' }, { word: '低於', qualifier: 'about' },
  { word: '超过', qualifier: 'more-than' }, { word: '超過', qualifier: 'more-than' },
  { word: '高于', qualifier: 'more-than' }, { word: '高於', qualifier: 'more-than' },
  { word: '不少于', qualifier: 'at-least' }, { word: '不少於', qualifier: 'at-least' },
  { word: '不低于', qualifier: 'at-least' }, { word: '不低於', qualifier: 'at-least' },
  { word: '至少', qualifier: 'at-least' },
  { word: '约', qualifier: 'about' }, { word: '約', qualifier: 'about' },
  { word: '近', qualifier: 'about' },
  { word: '逾', qualifier: 'more-than' },
  { word: '超', qualifier: 'more-than' },
]);

/** Words that end in a qualifier character but are not qualifiers (节约3000元 saves 3000 yuan). */
const notQualifiers = [
  '节约', '節約', '制约', '制約', '签约', '簽約', '预约', '預約', '合约', '合約', '违约', '違約',
  '履约', '履約', '特约', '特約', '最近', '附近', '靠近', '临近', '臨近', '就近', '赶超', '趕超',
];

/** Before a bare magnitude only: 过亿元, 上万斤, 上百家 (过 before digits is 经过, 通过). */
const beforeMagnitude: readonly QualifierWord[] = [
  { word: '过', qualifier: 'more-than' }, { word: '過', qualifier: 'more-than' },
  { word: '上', qualifier: 'at-least' },
];

function longestFirst(words: QualifierWord[]): QualifierWord[] {
  return words.sort((a, b) => b.word.length - a.word.length);
}

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Characters the qualifier takes up. */
  length: number;
}

/** The qualifier written just before `position`, if any. */
export function qualifierBefore(text: string, position: number, bareMagnitude = false): QualifierMatch | undefined {
  const words = bareMagnitude ? [...before, ...beforeMagnitude] : before;
  for (const { word, qualifier } of words) {
    const start = position - word.length;
    if (start < 0 || text.slice(start, position) !== word) continue;
    if (notQualifiers.some((other) => other.endsWith(word) && text.slice(position - other.length, position) === other)) {
      return undefined;
    }
    return { qualifier, length: word.length };
  }
  return undefined;
}

/** Between a number and its unit: 8万多名, 150余次, 十几个, 10来个. */
const inside: readonly QualifierWord[] = [
  { word: '多', qualifier: 'more-than' },
  { word: '余', qualifier: 'more-than' }, { word: '餘', qualifier: 'more-than' },
  { word: '几', qualifier: 'more-than' }, { word: '幾', qualifier: 'more-than' },
  { word: '来', qualifier: 'about' }, { word: '來', qualifier: 'about' },
];

export function qualifierInside(text: string, position: number): QualifierMatch | undefined {
  const found = inside.find(({ word }) => text.startsWith(word, position));
  return found === undefined ? undefined : { qualifier: found.qualifier, length: found.word.length };
}

/** After the unit: 3000元以上, 1600万元左右. 以下 / 以内 (at most) map to "about", as 不到 does. */
const after: readonly QualifierWord[] = [
  { word: '以上', qualifier: 'at-least' },
  { word: '左右', qualifier: 'about' },
  { word: '上下', qualifier: 'about' },
  { word: '以下', qualifier: 'about' },
  { word: '以内', qualifier: 'about' }, { word: '以內', qualifier: 'about' },
];

export function qualifierAfter(text: string, position: number): QualifierMatch | undefined {
  const found = after.find(({ word }) => text.startsWith(word, position));
  return found === undefined ? undefined : { qualifier: found.qualifier, length: found.word.length };
}
