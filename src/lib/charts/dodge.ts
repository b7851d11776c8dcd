/**
 * Moves label positions apart so that no two are closer than `gap`, keeping their order and
 * keeping each group of crowded labels centred on where its labels want to be (0.06% and 0.52%
 * sit side by side around their points instead of one being pushed far away). Returns the new
 * positions in the input order.
 */
export function dodge(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  interface Block { members: number[]; mean: number; top: number }
  const blocks: Block[] = [];
  const place = (block: Block) => {
    const span = (block.members.length - 1) * gap;
    block.top = Math.min(Math.max(block.mean - span / 2, min), Math.max(min, max - span));
  };
  for (const { y } of order) {
    const block: Block = { members: [y], mean: y, top: y };
    place(block);
    blocks.push(block);
    // Merge backwards while the new block collides with the one above it.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.top + prev.members.length * gap <= last.top + 1e-9) break;
      prev.members.push(...last.members);
      prev.mean = prev.members.reduce((sum, v) => sum + v, 0) / prev.members.length;
      place(prev);
      blocks.pop();
    }
  }
  const placed: number[] = [];
  for (const block of blocks) block.members.forEach((_, k) => placed.push(block.top + k * gap));
  const result = new Array<number>(wanted.length);
  order.forEach(({ i }, k) => (result[i] = placed[k]!));
  return result;
}
