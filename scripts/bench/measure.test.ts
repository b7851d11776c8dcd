import { describe, expect, it } from 'vitest';
import { measure } from './measure.ts';

const MiB = 1024 * 1024;

describe('measure', () => {
  it('counts the memory of every process in the tree, grandchildren too', async () => {
    // The root starts a child that starts a grandchild; only the grandchild holds 200 MB.
    const grandchild = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500)';
    const child = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' })`;
    const root = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' })`;
    const result = await measure(process.execPath, ['-e', root], process.env);
    expect(result.status).toBe(0);
    expect(result.peakBytes).toBeGreaterThan(200 * MiB);
    expect(result.peakBytes).toBeLessThan(600 * MiB);
  }, 30_000);
});
