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
