import { chartKind } from '../../schemas/chart.ts';
import type { ChartKind } from './types.ts';

/**
 * A chart placed in a report, on a line of its own, in the generic-directive syntax:
 *   ::chart{figures="fuxin-rate-2015 fuxin-rate-2019" kind="slope" title="贫困发生率"}
 *   ::chart{id="poverty-rate-slope"}            (a chart from data/charts.json)
 * The text and the chart then share one number: both come from the figure records.
 */
export interface ChartDirective {
  /** A chart of data/charts.json, by id. */
  id?: string | undefined;
  figures?: string[] | undefined;
  kind?: ChartKind | undefined;
  title?: string | undefined;
}

const DIRECTIVE = /^::chart\{(.*)\}$/;
const ATTRIBUTE = /([a-z]+)\s*=\s*(?:["“”]([^"“”]*)["“”]|([^\s"“”]+))/g;
const KINDS: readonly string[] = chartKind.options;

/** Reads a directive line; anything that is not `::chart{…}` is not a directive. */
export function parseChartDirective(line: string): { directive: ChartDirective; problems: string[] } | undefined {
  const match = DIRECTIVE.exec(line.trim());
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, key, quoted, bare] of match[1]!.matchAll(ATTRIBUTE)) attributes.set(key!, quoted ?? bare ?? '');
  const problems: string[] = [];
  const kind = attributes.get('kind');
  if (kind !== undefined && !KINDS.includes(kind)) problems.push(`图表类型 kind="${kind}" 不存在，可用：${KINDS.join('、')} / unknown chart kind`);
  const figures = attributes.get('figures')?.split(/[\s,，、]+/).filter(Boolean);
  const id = attributes.get('id');
  if (!id && !figures?.length) problems.push('须写 figures="数字编号 …" 或 id="图表编号" / give figures="ids …" or id="chart id"');
  if (!id && figures?.length && !kind) problems.push('须写 kind="time-series|slope|bars|small-multiples" / give the chart kind');
  for (const key of attributes.keys()) {
    if (!['id', 'figures', 'kind', 'title'].includes(key)) problems.push(`未知属性 ${key}（可用 id、figures、kind、title） / unknown attribute ${key}`);
  }
  const directive: ChartDirective = { id, figures, kind: kind as ChartKind | undefined, title: attributes.get('title') };
  return { directive, problems };
}

/** Every directive of a report source, with its line, for the check step's messages. */
export function findChartDirectives(markdown: string): { line: number; directive: ChartDirective; problems: string[] }[] {
  return markdown.split('\n').flatMap((text, i) => {
    const parsed = parseChartDirective(text);
    return parsed ? [{ line: i + 1, ...parsed }] : [];
  });
}
