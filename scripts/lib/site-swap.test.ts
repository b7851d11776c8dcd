import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previousOf, recoverInterruptedSwap, stagingFor, swapIn } from './site-swap.ts';

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'laoqu-swap-'));
  target = join(dir, 'dist');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(path: string, text: string) {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
}

describe('recoverInterruptedSwap', () => {
  it('puts the last site back when a build died between the two renames', () => {
    site(previousOf(target), 'last good site');
    site(stagingFor(target, 424242), 'half a site');
    expect(recoverInterruptedSwap(target)).toBe('restored');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('removes what a build that died after its swap left', () => {
    site(target, 'new site');
    site(previousOf(target), 'old site');
    expect(recoverInterruptedSwap(target)).toBe('cleaned');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('does nothing to a site that was left in order', () => {
    site(target, 'site');
    expect(recoverInterruptedSwap(target)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});

describe('swapIn', () => {
  it('replaces the site, and works for a first build', () => {
    site(stagingFor(target), 'first');
    swapIn(stagingFor(target), target);
    site(stagingFor(target), 'second');
    swapIn(stagingFor(target), target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('keeps the old site when the new one cannot be moved in', () => {
    site(target, 'old');
    expect(() => swapIn(join(dir, 'no-such-staging'), target)).toThrow();
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(previousOf(target))).toBe(false);
  });
});
