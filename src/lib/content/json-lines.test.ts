import { describe, expect, it } from 'vitest';
import { arrayElementLines } from './json-lines.ts';

describe('arrayElementLines', () => {
  it('gives the line each top-level element starts on, whatever the strings hold', () => {
    const text = '[\n  {\n    "id": "a",\n    "quote": "x, [y] {z} \\"q\\""\n  },\n  {"id": "b"},\n\n  {\n    "id": "c"\n  }\n]\n';
    expect(arrayElementLines(text)).toEqual([2, 6, 8]);
  });

  it('handles elements on one line and an empty array', () => {
    expect(arrayElementLines('[{"a":1},{"b":[1,2]},3]')).toEqual([1, 1, 1]);
    expect(arrayElementLines('[ ]')).toEqual([]);
  });
});
