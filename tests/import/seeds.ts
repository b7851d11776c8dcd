/**
 * The seed reports as test fixtures, and what a person found in each by reading it: the lines
 * that are page chrome or metadata, and the copying damage with its line. The tests check the
 * importer against this reading, not against itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const IMPORT_TESTS = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(IMPORT_TESTS, 'fixtures');
export const EXPECTED = join(IMPORT_TESTS, 'expected');
/** Pages from outside the seed prefectures (not seeds: src/lib tests read every .txt of FIXTURES as one). */
export const PAGES = join(FIXTURES, 'pages');
/** Where CI keeps the originals: shared/ cloned beside the repository. */
export const SHARED_SEEDS = join(IMPORT_TESTS, '../../../shared/seeds');

export interface Seed {
  file: string;
  /** Report files the seed yields, in page order. */
  slugs: string[];
  /** Lines that are chrome or page metadata, not the report's text (1-based). */
  chromeLines: number[];
  /** Copying damage: kind and line in the seed. */
  damage: Array<[kind: string, line: number]>;
}

export const SEEDS: Seed[] = [
  {
    file: '000_7b75bc848aa345ff.txt',
    slugs: ['2021-07-chifeng-laoqu-zhenxing'],
    chromeLines: [1, 3, 7, 73],
    damage: [],
  },
  {
    file: '001_40d5841f6be247bc.txt',
    slugs: ['2021-12-huhehaote-xiangcun-zhenxing'],
    chromeLines: [3],
    damage: [],
  },
  {
    file: '002_9cfd1b232a0c766d.txt',
    slugs: ['2016-12-baoding-jingzhun-tuopin'],
    chromeLines: [1, 2, 6],
    damage: [
      ['lost-year', 18], // 20156月
      ['lost-bracket', 24], // 1(…)+99個…方案)
      ['lost-bracket', 24], // +2323個…方案)
      ['unreadable', 34], // 因?qū)W致貧
      ['unreadable', 46], // 總?cè)蝿?wù)
      ['lost-month', 52], // 從今年11日起
      ['lost-unit', 52], // 提高到2900/年: 元 lost before the rate (issue 14)
      ['lost-month', 52], // 從今年31日起
      ['unreadable', 60], // 政銀企戶?!苯鹑诜鲐毮J?
      ['unreadable', 72], // 怕?lián)L險
    ],
  },
  {
    file: '003_296334b2cd7db777.txt',
    slugs: ['2020-11-fuxin-shiyanqu-ziping', '2020-09-fuxin-shiyanqu-tizhi-jizhi', '2020-09-fuxin-tuopin-gongjian'],
    // 133 and 263 are the date lines "2020年9月)" of the two later reports: they become `date`.
    chromeLines: [3, 133, 263, 359, 360, 361],
    damage: [
      ['lost-bracket', 133],
      ['lost-bracket', 263],
    ],
  },
  {
    file: '004_8f084346c1b601db.txt',
    slugs: ['2021-01-wuzhong-tuopin-fumin'],
    chromeLines: [1, 3, 6, 8, 42, 47],
    damage: [['stray-latin', 40]], // 致了富。G
  },
];

export const readFixture = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

const TONED_GLOSS = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;

/** Text reduced to what a reader sees: no whitespace, no Markdown markup, no converter glosses. */
export function normalise(text: string): string {
  return text
    .replace(TONED_GLOSS, '')
    .replace(/\\u([0-9A-F]{4})/gu, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/[\s\u00a0\u3000\\#*]/gu, '');
}

/** The sentences of a line: split after 。！？； so a lost sentence shows up by itself. */
export function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[。！？；])/u)
    .map(normalise)
    .filter((sentence) => sentence !== '');
}
