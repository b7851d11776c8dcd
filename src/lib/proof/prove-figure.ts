import type { Figure } from '../../schemas/figure.ts';
import { parseUnit, readNumberFromQuote, type ChineseNumber } from '../numbers/index.ts';
import { locateQuote, type NumberedParagraph } from './locate-quote.ts';

export type Proof =
  | { ok: true; paragraph: number; number: ChineseNumber }
  | { ok: false; reason: string };

type Provable = Pick<Figure, 'quote' | 'value' | 'unit'> & Partial<Pick<Figure, 'qualifier'>>;

/**
 * Proves a figure against its report: the quote stands in one paragraph, and the number reader
 * reads the figure's value (both ends of a range), in the figure's unit and with its qualifier,
 * from the quote.
 */
export function proveFigure(figure: Provable, paragraphs: readonly NumberedParagraph[]): Proof {
  const paragraph = locateQuote(paragraphs, figure.quote);
  if (!paragraph) {
    return {
      ok: false,
      reason: `引文不在报告正文中：「${figure.quote}」 / the quote is not in the report text (copy it from the report exactly)`,
    };
  }
  const reading = readFigure(figure);
  return reading.ok ? { ok: true, paragraph: paragraph.n, number: reading.number } : { ok: false, reason: reading.message };
}

/** The number in the quote that states the figure, if the reader finds one. */
export function findFigureNumber(figure: Provable): ChineseNumber | undefined {
  const reading = readFigure(figure);
  return reading.ok ? reading.number : undefined;
}

function readFigure(figure: Provable): { ok: true; number: ChineseNumber } | { ok: false; message: string } {
  const low = typeof figure.value === 'number' ? figure.value : figure.value.low;
  const reading = readNumberFromQuote(figure.quote, {
    value: low,
    unit: figure.unit,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
  });
  if (!reading.ok || typeof figure.value === 'number') return reading;
  // A range is proven by one number of the quote that runs from its low end to its high end.
  const scale = 10 ** parseUnit(figure.unit).exponent;
  const high = figure.value.high * scale;
  const upper = reading.number.upper;
  if (upper !== undefined && Math.abs(upper - high) <= Math.abs(high) * 1e-12 && Math.abs(reading.number.value - low * scale) <= Math.abs(low * scale) * 1e-12) return reading;
  return {
    ok: false,
    message:
      `引文中"${reading.number.text}"不是 ${figure.value.low}—${figure.value.high} ${figure.unit} 这个范围 / ` +
      `"${reading.number.text}" in the quote is not the range ${figure.value.low}–${figure.value.high} ${figure.unit}`,
  };
}
