/**
 * Classes for a choropleth. The maps compare a handful of regions, so the classes follow the data:
 * with five values or fewer each value is its own class (nothing to group), and beyond that
 * natural breaks (Jenks: least squared deviation within classes) split them into three to five
 * classes, so that regions with similar values share a colour and a gap in the data is a break.
 */

export interface ValueClass {
  /** Smallest and largest value in the class (values that occur, not rounded bounds). */
  min: number;
  max: number;
}

/** How many classes suit `count` values. */
export function classCount(count: number): number {
  if (count <= 5) return count;
  if (count <= 10) return 3;
  if (count <= 20) return 4;
  return 5;
}

/** Classes for `values` (any order, repeats allowed), lowest first. */
export function classify(values: readonly number[]): ValueClass[] {
  const sorted = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const k = classCount(sorted.length);
  if (k === sorted.length) return sorted.map((v) => ({ min: v, max: v }));
  return naturalBreaks(sorted, k);
}

/** Index of the class that holds `value`, or -1 when it lies outside every class. */
export function classIndex(classes: readonly ValueClass[], value: number): number {
  return classes.findIndex((c) => value >= c.min && value <= c.max);
}

/** Fisher's exact optimisation of Jenks breaks over sorted distinct values. */
function naturalBreaks(sorted: readonly number[], k: number): ValueClass[] {
  const n = sorted.length;
  const prefix = [0];
  const prefixSq = [0];
  sorted.forEach((v, i) => {
    prefix.push(prefix[i]! + v);
    prefixSq.push(prefixSq[i]! + v * v);
  });
  // cost of putting sorted[i..j] (inclusive) into one class
  const cost = (i: number, j: number) => {
    const count = j - i + 1;
    const sum = prefix[j + 1]! - prefix[i]!;
    return prefixSq[j + 1]! - prefixSq[i]! - (sum * sum) / count;
  };
  // best[c][j]: least cost of sorted[0..j] in c+1 classes; start[c][j]: where its last class begins
  const best: number[][] = [];
  const start: number[][] = [];
  best.push(sorted.map((_, j) => cost(0, j)));
  start.push(sorted.map(() => 0));
  for (let c = 1; c < k; c++) {
    const row: number[] = [];
    const from: number[] = [];
    for (let j = 0; j < n; j++) {
      let least = Infinity;
      let at = j;
      for (let i = c; i <= j; i++) {
        const total = best[c - 1]![i - 1]! + cost(i, j);
        if (total < least) {
          least = total;
          at = i;
        }
      }
      row.push(least);
      from.push(at);
    }
    best.push(row);
    start.push(from);
  }
  const classes: ValueClass[] = [];
  let end = n - 1;
  for (let c = k - 1; c >= 0; c--) {
    const begin = start[c]![end]!;
    classes.unshift({ min: sorted[begin]!, max: sorted[end]! });
    end = begin - 1;
  }
  return classes;
}
