import { describe, expect, it } from 'vitest';
import { runLimited } from './run-limited.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runLimited', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await runLimited([10, 11, 12, 13, 14], 2, async (item, index) => {
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(item - 10 === index ? item : -1);
      running--;
    });
    expect(seen.sort()).toEqual([10, 11, 12, 13, 14]);
    expect(most).toBe(2);
  });

  it('starts nothing new after a failure, and throws it', async () => {
    const started: number[] = [];
    const run = runLimited([1, 2, 3, 4, 5], 1, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('two failed');
    });
    await expect(run).rejects.toThrow('two failed');
    expect(started).toEqual([1, 2]);
  });
});
