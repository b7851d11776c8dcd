import { boxesOverlap, textBox, type Box } from './text-width.ts';
import type { TextNode } from './types.ts';

export type Segment = [x1: number, y1: number, x2: number, y2: number];

type Candidate = Pick<TextNode, 'anchor'> & { dx: number; dy: number };

/** Where a value label may go around its point, in order of preference. */
const AROUND: readonly Candidate[] = [
  { dx: 0, dy: -10, anchor: 'middle' },
  { dx: -4, dy: -9, anchor: 'start' },
  { dx: 4, dy: -9, anchor: 'end' },
  { dx: 9, dy: 4.5, anchor: 'start' },
  { dx: 0, dy: 20, anchor: 'middle' },
  { dx: -4, dy: 19, anchor: 'start' },
  { dx: 4, dy: 19, anchor: 'end' },
  { dx: -9, dy: 4.5, anchor: 'end' },
];

/**
 * Puts each label at the first place around its point where it stays inside `bounds` and
 * touches no line, no mark and no label already placed — the search a designer does by eye.
 * A label with nowhere free keeps its first choice that fits the bounds, or, if it is optional,
 * is left out (the tooltip and the table still give its value).
 */
export function placeLabels(
  labels: readonly { x: number; y: number; text: string; optional?: boolean }[],
  options: { fontSize: number; bounds: Box; segments: readonly Segment[]; obstacles: readonly Box[]; role: TextNode['role'] },
): TextNode[] {
  const taken: Box[] = [...options.obstacles];
  return labels.flatMap((label): TextNode[] => {
    const tries = AROUND.map((c) => ({ c, box: textBox(label.x + c.dx, label.y + c.dy, label.text, options.fontSize, c.anchor) }));
    const inside = tries.filter(({ box }) => contains(options.bounds, box));
    const free = inside.find(({ box }) => !taken.some((t) => boxesOverlap(t, box)) && !options.segments.some((s) => crosses(s, box)));
    if (!free && label.optional) return [];
    const chosen = free ?? inside[0] ?? tries[0]!;
    taken.push(chosen.box);
    return [{ type: 'text', x: label.x + chosen.c.dx, y: label.y + chosen.c.dy, text: label.text, anchor: chosen.c.anchor, role: options.role }];
  });
}

/** A box around a mark, so labels keep off the dots. */
export function markBox(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

function contains(outer: Box, inner: Box): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/** Whether a line segment passes through a box (sampled finely enough for 13 px text). */
function crosses([x1, y1, x2, y2]: Segment, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = x1 + ((x2 - x1) * i) / steps;
    const y = y1 + ((y2 - y1) * i) / steps;
    if (x > box.left - 1 && x < box.right + 1 && y > box.top - 1 && y < box.bottom + 1) return true;
  }
  return false;
}
