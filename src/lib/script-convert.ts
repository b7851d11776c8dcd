import * as OpenCC from 'opencc-js/t2cn';

/** Traditional (Taiwan and Hong Kong forms) to Simplified, as mainland readers expect. */
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * Converts Traditional Chinese text to Simplified. Both regional tables are applied because
 * copied reports mix Taiwan and Hong Kong variant forms; each is a no-op on the other's output.
 */
export function toSimplified(text: string): string {
  return hkToCn(twToCn(text));
}
