// Reads a laid-out chart the way a reader's eye does: what marks and texts are where. Used by tests.
import { FONT_SIZE } from './palette.ts';
import { textWidth } from './text-width.ts';
import type { MarkNode, Scene, SceneNode, TextNode } from './types.ts';

/** Every node with its position made absolute (groups resolved). */
export function flatten(nodes: readonly SceneNode[], dx = 0, dy = 0): SceneNode[] {
  return nodes.flatMap((node): SceneNode[] => {
    if (node.type === 'group') return flatten(node.children, dx + node.x, dy + node.y);
    if (node.type === 'text' || node.type === 'mark') return [{ ...node, x: node.x + dx, y: node.y + dy }];
    if (node.type === 'line') return [{ ...node, x1: node.x1 + dx, x2: node.x2 + dx, y1: node.y1 + dy, y2: node.y2 + dy }];
    return [node];
  });
}

export function marks(scene: Scene): MarkNode[] {
  return flatten(scene.nodes).filter((n): n is MarkNode => n.type === 'mark');
}

export function texts(scene: Scene): TextNode[] {
  return flatten(scene.nodes).filter((n): n is TextNode => n.type === 'text');
}

export interface Box { left: number; right: number; top: number; bottom: number; text: string }

/** The box a text covers, from its estimated width and its font size. */
export function textBox(node: TextNode): Box {
  const width = textWidth(node.text, FONT_SIZE[node.role]);
  const left = node.anchor === 'start' ? node.x : node.anchor === 'end' ? node.x - width : node.x - width / 2;
  return { left, right: left + width, top: node.y - FONT_SIZE[node.role] * 0.85, bottom: node.y + FONT_SIZE[node.role] * 0.2, text: node.text };
}

/** Pairs of texts whose boxes overlap: labels a reader could not tell apart. */
export function overlappingTexts(scene: Scene): [string, string][] {
  const boxes = texts(scene).map(textBox);
  const pairs: [string, string][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([a.text, b.text]);
    }
  });
  return pairs;
}

/** Texts that stick out of the chart's box, where the viewBox would cut them. */
export function clippedTexts(scene: Scene): string[] {
  return texts(scene)
    .map(textBox)
    .filter((b) => b.left < -0.5 || b.right > scene.width + 0.5 || b.top < -0.5 || b.bottom > scene.height + 0.5)
    .map((b) => b.text);
}

/** Texts that a data line runs through. */
export function textsOnLines(scene: Scene): string[] {
  const segments = flatten(scene.nodes).flatMap((node) => {
    if (node.type !== 'path') return [];
    const points = [...node.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    return points.slice(1).map((p, i) => [points[i]!, p] as const);
  });
  return texts(scene)
    .map(textBox)
    .filter((box) =>
      segments.some(([[x1, y1], [x2, y2]]) => {
        for (let t = 0; t <= 1; t += 0.01) {
          const x = x1 + (x2 - x1) * t;
          const y = y1 + (y2 - y1) * t;
          if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
        }
        return false;
      }),
    )
    .map((box) => box.text);
}
