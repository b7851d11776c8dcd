/**
 * The history of the codes: the dataset of the GitHub project yescallop/areacodes (CC0 1.0), which
 * compiles the Ministry of Civil Affairs' yearly code lists (中华人民共和国县级以上行政区划代码,
 * 1981 on) and its records of changes (县级以上行政区划变更情况, 国务院批复) into one file,
 * `codes.json`: every code with its name, first and last year, and the codes its area went to.
 *
 * A pinned commit and the file's SHA-256 make a re-run reproducible; a maintainer may also pass
 * a copy of the file they already have.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const AREACODES_COMMIT = 'eed219a0678d36bacaa717f62443b10e869f0291';
const AREACODES_SHA256 = '9b587cc222727c0e062a5855952f9e484834f8a90df2c53114b76e02b05eaa6e';
const AREACODES_URL = `https://raw.githubusercontent.com/yescallop/areacodes/${AREACODES_COMMIT}/codes.json`;
export const AREACODES_LABEL = `民政部县级以上行政区划代码历年数据（yescallop/areacodes，CC0 1.0，提交 ${AREACODES_COMMIT.slice(0, 7)}）`;

/** One code as the MCA lists had it over a span of years: [start, end). */
export interface CodeRecord {
  code: string;
  name: string;
  start: number;
  /** First year the record was no longer in the list; absent while it is in use. */
  end?: number | undefined;
  /**
   * Codes whose area took over part or all of this record's. An entry with a `time` before `end`
   * (or on a record still in use) is a transfer of part of the area in that year.
   */
  succ: { code: string; time?: number | undefined }[];
}

interface RawItem {
  code: number;
  name: string;
  start: number;
  end?: number;
  succ?: { code: number; time?: number }[];
  children?: RawItem[];
}

/** Reads codes.json from `file`, or downloads the pinned commit's copy; either is checked by hash. */
export async function loadCodeHistory(file?: string): Promise<CodeRecord[]> {
  const bytes = file ? readFileSync(file) : Buffer.from(await (await fetch(AREACODES_URL)).arrayBuffer());
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== AREACODES_SHA256) {
    throw new Error(
      `${file ?? AREACODES_URL}: 与固定版本不符（SHA-256 ${digest}）/ not the pinned codes.json of commit ${AREACODES_COMMIT}`,
    );
  }
  const root = JSON.parse(bytes.toString('utf8')) as { items: RawItem[] };
  const records: CodeRecord[] = [];
  const walk = (items: readonly RawItem[]) => {
    for (const item of items) {
      records.push({
        code: String(item.code),
        name: item.name,
        start: item.start,
        end: item.end,
        succ: (item.succ ?? []).map((s) => ({ code: String(s.code), time: s.time })),
      });
      walk(item.children ?? []);
    }
  };
  walk(root.items);
  return records;
}

/** Indexes records by code; a code may carry several records (renames, reuse). */
export function recordsByCode(records: readonly CodeRecord[]): Map<string, CodeRecord[]> {
  const index = new Map<string, CodeRecord[]>();
  for (const record of records) index.set(record.code, [...(index.get(record.code) ?? []), record]);
  return index;
}

/** The record of `code` in use in `year` (31 December), if any. */
export function recordInYear(index: ReadonlyMap<string, readonly CodeRecord[]>, code: string, year: number): CodeRecord | undefined {
  return index.get(code)?.find((r) => r.start <= year && (r.end === undefined || r.end > year));
}

/**
 * The codes in use today that cover a record's area: itself while in use; otherwise where its
 * area went when it ended, followed through later changes. Partial transfers made while it was
 * still in use are boundary adjustments, not where it went.
 */
export function currentSuccessors(record: CodeRecord, index: ReadonlyMap<string, readonly CodeRecord[]>, seen = new Set<CodeRecord>()): string[] {
  if (record.end === undefined) return [record.code];
  seen.add(record);
  const found = new Set<string>();
  for (const next of record.succ) {
    if (next.time !== undefined && next.time < record.end) continue;
    const successor = recordInYear(index, next.code, record.end);
    if (!successor || seen.has(successor)) continue;
    for (const code of currentSuccessors(successor, index, seen)) found.add(code);
  }
  return [...found].sort();
}

/**
 * Codes still in use whose area took part of another code's after `since`: their shape in an
 * older boundary source is too large by that part. Keyed by the giving code.
 */
export function laterTransfers(records: readonly CodeRecord[], since: number): Map<string, string[]> {
  const transfers = new Map<string, string[]>();
  for (const record of records) {
    if (record.end !== undefined) continue;
    const to = record.succ.filter((s) => s.time !== undefined && s.time > since && s.code !== record.code).map((s) => s.code);
    if (to.length > 0) transfers.set(record.code, to);
  }
  return transfers;
}
