/**
 * The old-area status of a region as the reports state it, reduced to the classes a map colours.
 * Only what a report says counts, and the labels say it in positive terms: what the site's
 * reports record (本站所收报告尚未述及), never a denial, because the absence of a statement
 * proves nothing.
 */

/** The parts of a region record this needs (data/regions.json). */
export interface OldAreaFacts {
  oldArea: readonly { by: string; year?: number | undefined; statement: string }[];
  history: readonly unknown[];
}

export interface StatusClass {
  /** Stable key: `recognised:<year>:<by>`, `history` or `none`. */
  key: string;
  /** What the legend says. */
  label: string;
  kind: 'recognised' | 'history' | 'none';
  /** Year of the recognition, for ordering. */
  year?: number | undefined;
}

export const HISTORY_CLASS: StatusClass = { key: 'history', label: '报告述及革命历史，尚未载明认定文件', kind: 'history' };
export const NONE_CLASS: StatusClass = { key: 'none', label: '本站所收报告尚未述及', kind: 'none' };

/**
 * A region's class: its earliest recognition (who, when, what), or that a report tells its
 * revolutionary history without a recognition, or nothing stated.
 */
export function statusClassOf(region: OldAreaFacts): StatusClass {
  const recognitions = [...region.oldArea].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const first = recognitions[0];
  if (first) {
    const when = first.year === undefined ? '' : `${first.year}年`;
    return { key: `recognised:${first.year ?? ''}:${first.by}`, label: `${when}${first.by}${first.statement}`, kind: 'recognised', year: first.year };
  }
  return region.history.length > 0 ? HISTORY_CLASS : NONE_CLASS;
}

/**
 * The legend: the classes that occur, recognitions first by year (earliest first, as the
 * darkest colour), then history, then not stated.
 */
export function statusLegend(classes: readonly StatusClass[]): StatusClass[] {
  const byKey = new Map(classes.map((c) => [c.key, c]));
  const rank = (c: StatusClass) => (c.kind === 'recognised' ? 0 : c.kind === 'history' ? 1 : 2);
  return [...byKey.values()].sort((a, b) => rank(a) - rank(b) || (a.year ?? 9999) - (b.year ?? 9999) || a.key.localeCompare(b.key));
}
