import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, isAlive } from './build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'laoqu-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node -e script` and resolves with its exit code. */
function node(script: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  return new Promise((done) => child.on('exit', done));
}

describe('the build lock', () => {
  it('makes a second build wait until the first releases it, and says who it waits for', async () => {
    const path = join(dir, 'wait.lock');
    const first = await acquireBuildLock(path, 'dist', () => {});
    const told: number[] = [];
    let second: { release(): void } | undefined;
    const waiting = acquireBuildLock(path, 'dist', (holder) => told.push(holder.pid)).then((lock) => (second = lock));
    await new Promise((done) => setTimeout(done, 600));
    expect(second).toBeUndefined();
    expect(told).toEqual([process.pid]);
    first.release();
    await waiting;
    expect(second).toBeDefined();
    second!.release();
  });

  it('takes over the lock of a build that died', async () => {
    const path = join(dir, 'dead.lock');
    // A process that takes the lock and is killed before it can release it.
    const module = resolve('scripts/lib/build-lock.ts');
    expect(await node(`const { acquireBuildLock } = await import(${JSON.stringify(module)}); await acquireBuildLock(${JSON.stringify(path)}, 'dist', () => {}); process.kill(process.pid, 'SIGKILL');`)).toBeNull();
    const stale = JSON.parse(readFileSync(path, 'utf8')) as { pid: number; host: string };
    expect(isAlive({ ...stale, since: 0, target: 'dist' })).toBe(false);
    const lock = await acquireBuildLock(path, 'dist', () => {
      throw new Error('waited for a dead build');
    });
    lock.release();
  });

  it('does not take a live pid for dead, nor a reused pid for alive', () => {
    expect(isAlive({ pid: process.pid, host: hostname(), since: 0, target: 'dist' })).toBe(true);
    // Our pid with another start time: the holder was an earlier process that had this pid.
    expect(isAlive({ pid: process.pid, startTicks: 1, host: hostname(), since: 0, target: 'dist' })).toBe(process.platform !== 'linux');
  });

  it('lets one build at a time in, of many started at once', async () => {
    const path = join(dir, 'many.lock');
    const log = join(dir, 'many.log');
    writeFileSync(log, '');
    const module = resolve('scripts/lib/build-lock.ts');
    // Each holder writes "in", waits, writes "out": with one holder at a time the lines alternate.
    const worker = `const { acquireBuildLock } = await import(${JSON.stringify(module)});
      const { appendFileSync } = await import('node:fs');
      const lock = await acquireBuildLock(${JSON.stringify(path)}, 'dist', () => {});
      appendFileSync(${JSON.stringify(log)}, 'in\\n');
      await new Promise((done) => setTimeout(done, 150));
      appendFileSync(${JSON.stringify(log)}, 'out\\n');
      lock.release();`;
    const codes = await Promise.all(Array.from({ length: 6 }, () => node(worker)));
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
    expect(readFileSync(log, 'utf8')).toBe('in\nout\n'.repeat(6));
  }, 30_000);
});
