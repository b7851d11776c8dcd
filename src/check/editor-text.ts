/**
 * Warnings for half-width , : ; ( ) between Chinese characters in what this site's editors write
 * (lib/content/punctuation.ts): report summaries, the reasons of corrections, notes, chart titles,
 * indicator definitions, the region notes, heritage-site descriptions and the editorial pages.
 * Never in a report's body, which is the publisher's text. Warnings only: the build goes on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChartDirective } from '../lib/charts/directive.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { arrayElementLines } from '../lib/content/json-lines.ts';
import type { Problem } from '../lib/content/problem.ts';
import { halfWidthMarks } from '../lib/content/punctuation.ts';
import type { ReportFile } from '../lib/content/report-file.ts';

/** A stretch of editors' text and where to start looking for it in its file. */
export interface EditorText {
  field: string;
  text: string;
  /** Line its record or block starts on; the warning names the line the stretch is found on from there. */
  line?: number | undefined;
}

/** The warnings for the editors' texts of one file, each at the line its mark stands on. */
export function punctuationWarnings(file: string, source: string, texts: readonly EditorText[]): Problem[] {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => lineStarts.filter((start) => start <= offset).length;
  const warnings: Problem[] = [];
  for (const { field, text, line } of texts) {
    for (const mark of halfWidthMarks(text)) {
      const from = lineStarts[(line ?? 1) - 1] ?? 0;
      const found = source.indexOf(mark.context, from);
      const at = found >= 0 ? lineAt(found) : line;
      warnings.push({
        file,
        ...(at === undefined ? {} : { line: at }),
        field,
        message: `编者文字中的半角${mark.name.split(' ')[0]}「${mark.mark}」在汉字之间：「${mark.context}」 / a half-width ${mark.name.split(' ')[1]} between Chinese characters`,
        fix: `改为全角「${mark.fullWidth}」：「${mark.fixed}」 / use the full-width ${mark.fullWidth}`,
      });
    }
  }
  return warnings;
}

/** The editors' texts of a report (`source`, its file): its summary, the reasons and notes of its corrections, its chart titles. */
export function reportEditorTexts(report: ReportFile, source: string): EditorText[] {
  const { data } = report;
  const split = splitFrontmatter(source);
  const yaml = split && parseYaml(split.yaml);
  const lineOf = (path: (string | number)[]) => {
    const line = yaml?.lineOf(path);
    return line === undefined || !split ? undefined : line + split.yamlStartLine - 1;
  };
  const texts: EditorText[] = [
    { field: 'summary', text: data.summary, line: lineOf(['summary']) },
    ...data.corrections.map((c, i) => ({ field: `corrections.${i}.reason`, text: c.reason, line: lineOf(['corrections', i, 'reason']) })),
    ...data.unresolved.map((u, i) => ({ field: `unresolved.${i}.note`, text: u.note, line: lineOf(['unresolved', i, 'note']) })),
  ];
  report.body.split('\n').forEach((line, i) => {
    const title = parseChartDirective(line)?.directive.title;
    if (title) texts.push({ field: '::chart title', text: title, line: report.bodyStartLine + i });
  });
  return texts;
}

type Fields = (record: Record<string, unknown>) => [string, unknown][];

const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);

/** The fields editors write in each data file. */
const DATA_FILE_FIELDS: Readonly<Record<string, Fields>> = {
  'indicators.json': (r) => [['name', r['name']], ['definition', r['definition']], ['excludes', r['excludes']]],
  'areas.json': (r) => [['name', r['name']], ['note', r['note']]],
  'charts.json': (r) => [['title', r['title']], ['note', r['note']], ...Object.entries((r['labels'] ?? {}) as Record<string, unknown>).map(([k, v]): [string, unknown] => [`labels.${k}`, v])],
  'sites.json': (r) => [['description', r['description']], ['placement', r['placement']]],
  'regions.json': (r) => [
    ...list(r['oldArea']).flatMap((o, i): [string, unknown][] => [[`oldArea.${i}.by`, o['by']], [`oldArea.${i}.statement`, o['statement']]]),
    ...list(r['history']).map((h, i): [string, unknown] => [`history.${i}.text`, h['text']]),
  ],
};
const FIGURE_FIELDS: Fields = (r) => [['note', r['note']]];

/** Warnings for every data file's editors' fields; a file that does not parse is the schema check's to report. */
export function dataPunctuationWarnings(dataDir: string, rel: (path: string) => string): Problem[] {
  const files: [string, Fields][] = [
    ...Object.entries(DATA_FILE_FIELDS).map(([name, fields]): [string, Fields] => [join(dataDir, name), fields]),
    ...readdirOrEmpty(join(dataDir, 'figures')).filter((n) => n.endsWith('.json')).sort().map((n): [string, Fields] => [join(dataDir, 'figures', n), FIGURE_FIELDS]),
  ];
  return files.flatMap(([path, fields]) => {
    let source: string;
    let records: unknown;
    try {
      source = readFileSync(path, 'utf8');
      records = JSON.parse(source);
    } catch {
      return [];
    }
    if (!Array.isArray(records)) return [];
    const lines = arrayElementLines(source);
    return records.flatMap((record, i) => {
      if (typeof record !== 'object' || record === null) return [];
      const id = (record as { id?: unknown }).id;
      const texts = fields(record as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([field, text]) => ({ field, text, line: lines[i] }));
      return punctuationWarnings(typeof id === 'string' ? `${rel(path)} (${id})` : rel(path), source, texts);
    });
  });
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
