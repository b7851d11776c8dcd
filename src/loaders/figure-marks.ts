import type { FigureMark } from '../lib/markdown/render.ts';
import { findFigureNumber } from '../lib/proof/prove-figure.ts';
import { figureSchema } from '../schemas/figure.ts';

/**
 * The numbers to mark up in a report's text. Figures that do not prove are skipped here: the
 * check step, which runs before every build, refuses them with a message.
 */
export function figureMarks(json: string): FigureMark[] {
  const parsed = figureSchema.array().safeParse(JSON.parse(json));
  if (!parsed.success) return [];
  return parsed.data.flatMap((figure) => {
    const number = findFigureNumber(figure);
    if (!number) return [];
    return [{ id: figure.id, quote: figure.quote, text: figure.quote.slice(number.start, number.end), value: figure.value, href: `/data/${figure.indicator}/#${figure.id}` }];
  });
}
