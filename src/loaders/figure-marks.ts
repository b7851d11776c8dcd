import type { FigureMark } from '../lib/markdown/render.ts';
import { findFigureNumber } from '../lib/proof/prove-figure.ts';
import { z } from 'zod';
import { figureSchema, type Figure } from '../schemas/figure.ts';

/** What marking a figure's number in a report's text needs: its id, indicator and value, and the words of this report; other fields pass. */
const { shape } = figureSchema;
const markSource = z.object({ id: shape.id, indicator: shape.indicator, quote: shape.quote, value: shape.value, unit: shape.unit, qualifier: shape.qualifier });
export type MarkSource = Pick<Figure, 'id' | 'indicator' | 'quote' | 'value' | 'unit' | 'qualifier'>;

/**
 * What to mark in one report's text: its own figures, and the figures of other reports' files
 * that list this report under alsoIn (with this report's words). Sources as JSON, as a render
 * job carries them to a worker.
 */
export function markSourcesJson(own: string, citing: readonly MarkSource[]): string {
  let records: unknown;
  try {
    records = JSON.parse(own);
  } catch {
    // A broken file: the content check refuses it with file and line before any page is built.
    records = [];
  }
  return JSON.stringify([...(Array.isArray(records) ? records : []), ...citing]);
}

/**
 * The numbers to mark up in a report's text. Figures that do not prove are skipped here: the
 * check step, which runs before every build, refuses them with a message.
 */
export function figureMarks(json: string): FigureMark[] {
  const records: unknown = JSON.parse(json);
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
