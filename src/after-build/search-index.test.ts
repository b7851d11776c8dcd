import { describe, expect, it } from 'vitest';
import { indexerSources } from './search-index.ts';

describe('indexerSources', () => {
  it('follows the shard’s imports to every module and package its output depends on', async () => {
    const sources = await indexerSources(process.cwd());
    // The tokenizer and the converter are two imports deep; their packages decide the text.
    expect(sources).toEqual(
      expect.arrayContaining([
        'src/after-build/search-shard.ts',
        'src/lib/search/index-document.ts',
        'src/lib/search/html-tokens.ts',
        'src/lib/script-convert.ts',
        'node_modules/entities/package.json',
        'node_modules/opencc-js/package.json',
        'node_modules/pagefind/package.json',
      ]),
    );
    expect(sources.filter((source) => source.startsWith('node_modules/node:'))).toEqual([]);
  });
});
