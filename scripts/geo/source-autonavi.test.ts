import { describe, expect, it } from 'vitest';
import { decodeCollection } from './source-autonavi.ts';

describe('decodeCollection', () => {
  it('decodes ECharts’ zigzag-delta strings into degrees', () => {
    // Offsets in 1/1024°; '@' is 64 (delta 0), 'B' is 66 (zigzag 2 → +1), 'A' is 65 (→ −1).
    const collection = {
      UTF8Encoding: true,
      features: [{ geometry: { type: 'Polygon', coordinates: ['@@B@@BA@'], encodeOffsets: [[1024 * 121, 1024 * 31]] } }],
    };
    decodeCollection(collection as never);
    expect(collection.features[0]!.geometry.coordinates).toEqual([[[121, 31], [121 + 1 / 1024, 31], [121 + 1 / 1024, 31 + 1 / 1024], [121, 31 + 1 / 1024]]]);
  });
});
