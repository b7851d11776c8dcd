/**
 * Formats a value the way a Chinese report would write it: 25.66万人, 720.4亿元, 9.62%, 2621元.
 * 万 and 亿 are used only where they shorten the number without hiding a digit, so a table never
 * rounds what a report stated (962292人 stays 962,292人).
 */
export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${trim(value)}%`;
  const abs = Math.abs(value);
  // A unit that carries its own magnitude (万元) takes no second one: 17,698万元, not 1.77万万元.
  if (/^[万亿千百]/.test(unit)) return `${abs >= 1e4 ? groupDigits(value) : trim(value)}${unit}`;
  for (const [size, name] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (abs >= size && isShortDecimal(value / size)) return `${trim(value / size)}${name}${unit}`;
  }
  return `${abs >= 1e4 ? groupDigits(value) : trim(value)}${unit}`;
}

/** Short form for axis ticks: rounded, with 万 and 亿: 256600 → 25.7万. */
export function formatTick(value: number, unit = ''): string {
  const abs = Math.abs(value);
  if (unit === '%') return `${trim(round(value, 2))}%`;
  if (abs >= 1e8) return `${trim(round(value / 1e8, 2))}亿${unit}`;
  if (abs >= 1e4) return `${trim(round(value / 1e4, 1))}万${unit}`;
  return `${trim(round(value, 2))}${unit}`;
}

function isShortDecimal(n: number): boolean {
  return Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function trim(n: number): string {
  return String(Number(n.toFixed(6)));
}

function groupDigits(n: number): string {
  const [whole, fraction] = trim(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * One format for every number of a scale (a map legend): the magnitude the largest value needs
 * (亿, 万 or none) for all of them, with the fewest decimals that tell the values apart and keep
 * each within half a percent. A legend reading 97,340人 beside 45.35万人 makes the reader convert
 * before comparing; 9.734万人 beside 45.35万人 does not. Units that carry a magnitude or are
 * percentages already read alike (formatValue).
 */
export function scaleFormatter(values: readonly number[], unit: string): (value: number) => string {
  const finite = values.filter(Number.isFinite);
  if (unit === '%' || /^[万亿千百]/.test(unit) || finite.length === 0) return (value) => formatValue(value, unit);
  const largest = Math.max(...finite.map(Math.abs));
  const [size, name] = largest >= 1e8 ? [1e8, '亿'] : largest >= 1e4 ? [1e4, '万'] : [1, ''];
  const distinct = [...new Set(finite)];
  const fits = (digits: number) => {
    const shown = distinct.map((v) => round(v / size, digits));
    return new Set(shown).size === distinct.length && distinct.every((v, i) => v === 0 || Math.abs(shown[i]! * size - v) / Math.abs(v) <= 0.005);
  };
  const digits = [0, 1, 2, 3, 4].find(fits) ?? 4;
  return (value) => `${size === 1 ? trim(round(value, digits)) : groupDigits(round(value / size, digits))}${name}${unit}`;
}
