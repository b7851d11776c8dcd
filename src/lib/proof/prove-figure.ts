import type { Figure } from '../../schemas/figure.ts';
import { readNumberFromQuote, type ChineseNumber } from '../numbers/index.ts';
import { locateQuote, type NumberedParagraph } from './locate-quote.ts';

export type Proof =
  | { ok: true; paragraph: number; number: ChineseNumber }
  | { ok: false; reason: string };

type Provable = Pick<Figure, 'quote' | 'value' | 'unit'> & Partial<Pick<Figure, 'qualifier'>>;

/**
 * Proves a figure against its report: the quote stands in one paragraph, and the number reader
 * reads the figure's value, in the figure's unit and with its qualifier, from the quote.
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

function readFigure(figure: Provable) {
  return readNumberFromQuote(figure.quote, {
    value: figure.value,
    unit: figure.unit,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
  });
}
