/**
 * Whether a report adds up: parts against their whole (其中 …), a share against its counts. Where
 * it does not, the reader is told with both numbers, and the editor is warned (and must write a
 * note, so the mismatch is known, not overlooked). A report's own numbers are never corrected.
 */
import type { Figure } from '../../schemas/figure.ts';
import { formatValue } from '../format-number.ts';
import { findFigureNumber } from '../proof/prove-figure.ts';

type Checked = Pick<Figure, 'id' | 'value' | 'unit' | 'qualifier' | 'partOf' | 'parts' | 'shareOf' | 'note'> & Partial<Pick<Figure, 'quote'>>;

export interface Inconsistency {
  /** The figure the finding is about: the whole, or the share. */
  figure: string;
  /** What a reader sees beside the number, with both numbers. */
  readerNote: string;
  /** What the editor is told, Chinese then English. */
  message: string;
}

/** A structural fault: a part of a missing figure, a share of a range. The check refuses these. */
export interface LinkProblem {
  figure: string;
  field: 'partOf' | 'shareOf';
  message: string;
}

/**
 * How far a figure's value may be from the truth by rounding alone: half a unit of the last digit
 * the report prints (25.66万 → 50 人; 600亿元 → 0.5亿元; 26.7% → 0.05). Read from the quote's
 * numeral where there is one, else from the value's last non-zero digit.
 */
export function figureSlack(figure: Pick<Checked, 'value' | 'unit' | 'quote'>): number {
  const value = figure.value as number;
  const number = figure.quote ? findFigureNumber({ quote: figure.quote, value, unit: figure.unit }) : undefined;
  const digits = number?.text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).match(/\d+(?:\.\d+)?/)?.[0];
  if (number && digits && number.value !== 0 && Number(digits) !== 0) {
    const decimals = digits.split('.')[1]?.length ?? 0;
    // The numeral's step in the number's own unit, then in the figure's unit.
    const step = 10 ** -decimals * (number.value / Number(digits));
    return (step / 2) * Math.abs(value / number.value);
  }
  return roundingSlack(value);
}

/**
 * How far a printed number may be from the truth by rounding alone, judged from the value only:
 * half a unit of its last non-zero digit (25.66万 = 256600 → 50; 26.7 → 0.05; 962292 → 0.5).
 */
export function roundingSlack(value: number): number {
  if (value === 0) return 0.5;
  let unit = 1;
  if (Number.isInteger(value)) {
    while (value % (unit * 10) === 0) unit *= 10;
  } else {
    const decimals = String(value).split('.')[1]?.length ?? 0;
    unit = 10 ** -decimals;
  }
  return unit / 2;
}

export function checkConsistency(figures: readonly Checked[]): { inconsistencies: Inconsistency[]; problems: LinkProblem[] } {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const inconsistencies: Inconsistency[] = [];
  const problems: LinkProblem[] = [];

  const partsOf = new Map<string, Checked[]>();
  for (const figure of figures) {
    if (!figure.partOf) continue;
    const whole = byId.get(figure.partOf);
    if (!whole) {
      problems.push({ figure: figure.id, field: 'partOf', message: `partOf 所指的数字 ${figure.partOf} 不存在 / partOf names no figure: ${figure.partOf}` });
      continue;
    }
    if (whole.unit !== figure.unit) {
      problems.push({ figure: figure.id, field: 'partOf', message: `部分与整体单位不同（${figure.unit}、${whole.unit}）/ a part must have its whole's unit (${figure.unit} vs ${whole.unit})` });
      continue;
    }
    partsOf.set(whole.id, [...(partsOf.get(whole.id) ?? []), figure]);
  }
  for (const [wholeId, parts] of partsOf) {
    const found = partsMismatch(byId.get(wholeId)!, parts);
    if (found) inconsistencies.push(found);
  }

  for (const figure of figures) {
    if (!figure.shareOf) continue;
    const part = byId.get(figure.shareOf.part);
    const whole = byId.get(figure.shareOf.whole);
    if (!part || !whole) {
      const missing = !part ? figure.shareOf.part : figure.shareOf.whole;
      problems.push({ figure: figure.id, field: 'shareOf', message: `shareOf 所指的数字 ${missing} 不存在 / shareOf names no figure: ${missing}` });
      continue;
    }
    if (typeof figure.value !== 'number' || typeof part.value !== 'number' || typeof whole.value !== 'number' || part.unit !== whole.unit || !['%', '‰'].includes(figure.unit)) {
      problems.push({ figure: figure.id, field: 'shareOf', message: 'shareOf 须是单位为 % 或 ‰ 的比率，其部分与整体同单位且不是范围 / shareOf needs a % or ‰ rate whose part and whole share a unit and are not ranges' });
      continue;
    }
    const found = shareMismatch(figure as Checked & { value: number }, part as Checked & { value: number }, whole as Checked & { value: number });
    if (found) inconsistencies.push(found);
  }
  return { inconsistencies, problems };
}

function partsMismatch(whole: Checked, parts: readonly Checked[]): Inconsistency | undefined {
  if (typeof whole.value !== 'number' || parts.some((p) => typeof p.value !== 'number')) return undefined;
  const values = parts.map((p) => p.value as number);
  const sum = values.reduce((a, b) => a + b, 0);
  const slack = figureSlack(whole) + parts.reduce((a, p) => a + figureSlack(p), 0);
  const allExact = [whole, ...parts].every((f) => f.qualifier === 'exact');
  const complete = whole.parts === 'all';
  const over = sum - whole.value > slack && (whole.qualifier === 'exact' || whole.qualifier === 'about');
  const differs = complete && allExact && Math.abs(sum - whole.value) > slack;
  if (!over && !differs) return undefined;
  const sumText = formatValue(round(sum), whole.unit);
  const wholeText = formatValue(whole.value, whole.unit);
  const listed = complete ? '报告所列各部分之和' : '报告所列部分之和';
  return {
    figure: whole.id,
    readerNote: `${listed}为${sumText}，与报告所写合计${wholeText}不符`,
    message:
      `${parts.length} 个部分之和为 ${sumText}，${over ? '超过' : '不等于'}合计 ${wholeText}（${parts.map((p) => p.id).join('、')}）/ ` +
      `the ${parts.length} parts add up to ${round(sum)}, ${over ? 'more than' : 'not'} the whole ${whole.value}`,
  };
}

function shareMismatch(rate: Checked & { value: number }, part: Checked & { value: number }, whole: Checked & { value: number }): Inconsistency | undefined {
  const scale = rate.unit === '‰' ? 1000 : 100;
  const computed = (part.value / whole.value) * scale;
  // The share may be off by the rounding of the printed share and of both counts.
  const spread = Math.abs(((part.value + figureSlack(part)) / Math.max(whole.value - figureSlack(whole), Number.MIN_VALUE)) * scale - computed);
  const slack = figureSlack(rate) + spread + 1e-9;
  if (Math.abs(computed - rate.value) <= slack) return undefined;
  const shown = formatValue(Number(computed.toFixed(2)), rate.unit);
  return {
    figure: rate.id,
    readerNote: `按报告所列${formatValue(part.value, part.unit)}与${formatValue(whole.value, whole.unit)}计算为${shown}，报告写${formatValue(rate.value, rate.unit)}`,
    message: `${part.id} ÷ ${whole.id} = ${shown}，报告写 ${rate.value}${rate.unit} / the share computes to ${shown}, the report says ${rate.value}${rate.unit}`,
  };
}

function round(n: number): number {
  return Number(n.toFixed(6));
}
