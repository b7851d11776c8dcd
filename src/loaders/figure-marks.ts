import type { FigureMark } from '../lib/markdown/render.ts';
import { findFigureNumber } from '../lib/proof/prove-figure.ts';
import { figureSchema, type Figure } from '../schemas/figure.ts';

/** What marking a figure's number in a report's text needs: its id, indicator and value, and the words of this report. */
const markSource = figureSchema.pick({ id: true, indicator: true, quote: true, value: true, unit: true, qualifier: true });
export type MarkSource = Pick<Figure, 'id' | 'indicator' | 'quote' | 'value' | 'unit' | 'qualifier'>;

/**
 * What to mark in one report's text: its own figures, and the figures of other reports' files
 * that list this report under alsoIn (with this report's words). Sources as JSON, as a render
 * job carries them to a worker.
 */
export function markSourcesJson(own: string, citing: readonly MarkSource[]): string {
  if (citing.length === 0) return own;
  let records: unknown[] = [];
  try {
    records = JSON.parse(own) as unknown[];
  } catch {
    // A broken file: the check refuses it with a message; mark what the others give.
  }
  return JSON.stringify([...(Array.isArray(records) ? records : []), ...citing]);
}

/**
 * The numbers to mark up in a report's text. Figures that do not prove are skipped here: the
 * check step, which runs before every build, refuses them with a message.
 */
export function figureMarks(json: string): FigureMark[] {
  let records: unknown;
  try {
    records = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(records)) return [];
  return records.flatMap((record) => {
    const parsed = markSource.safeParse(record);
    if (!parsed.success) return [];
    const figure = parsed.data;
    const number = findFigureNumber(figure);
    if (!number) return [];
    const value = typeof figure.value === 'number' ? String(figure.value) : `${figure.value.low}/${figure.value.high}`;
    return [{ id: figure.id, quote: figure.quote, text: figure.quote.slice(number.start, number.end), value, href: `/data/${figure.indicator}/#${figure.id}` }];
  });
}
