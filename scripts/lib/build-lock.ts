import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One build at a time per project. Two builds share more than dist/: Astro's cache and its
 * generated types under .astro/; two at once published a site without its CSS and exited 0.
 * The lock is a file created exclusively, holding who holds it; a holder that has died (the
 * process is gone, or its pid now belongs to a process started later) leaves a stale lock that
 * the next build takes over.
 */
export interface LockHolder {
  pid: number;
  /** The holder's start time in clock ticks since boot, where /proc tells it: tells a reused pid apart. */
  startTicks?: number | undefined;
  host: string;
  /** When the holder took the lock (ms since 1970). */
  since: number;
  /** What it builds, for the message a waiting build prints. */
  target: string;
}

export interface BuildLock {
  release(): void;
}

/** How often a waiting build looks again. */
const POLL_MS = 250;
/** A lock file still empty after this long was left by a holder that died while writing it. */
const UNWRITTEN_MS = 5_000;

/**
 * Takes the lock at `path`, waiting while a live build holds it; `waiting` is called once, with
 * the holder, when the build has to wait.
 */
export async function acquireBuildLock(path: string, target: string, waiting: (holder: LockHolder) => void): Promise<BuildLock> {
  const me: LockHolder = { pid: process.pid, startTicks: startTicks(process.pid), host: hostname(), since: Date.now(), target };
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      return { release: () => releaseIfMine(path, me) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder === undefined ? unwrittenTooLong(path) : !isAlive(holder)) {
      breakStaleLock(path, holder);
      continue;
    }
    if (holder && !told) {
      told = true;
      waiting(holder);
    }
    await sleep(POLL_MS);
  }
}

/** Whether the process that wrote `holder` is still running (on another host: assumed so). */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const ticks = startTicks(holder.pid);
  return holder.startTicks === undefined || ticks === undefined || ticks === holder.startTicks;
}

/** A process's start time from /proc/<pid>/stat (field 22), or undefined where there is no /proc. */
function startTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function unwrittenTooLong(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats !== undefined && Date.now() - stats.mtimeMs > UNWRITTEN_MS;
}

/**
 * Removes a dead holder's lock. Two waiting builds may both find it stale: the removal is
 * guarded by a second exclusive file, and the lock is read again under the guard, so a lock a
 * live build has just taken is never removed.
 */
function breakStaleLock(path: string, stale: LockHolder | undefined): void {
  const guard = `${path}.breaking`;
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A build that died while breaking a lock left its guard: remove it, and try again later.
    const stats = statSync(guard, { throwIfNoEntry: false });
    if (stats && Date.now() - stats.mtimeMs > UNWRITTEN_MS) unlinkSync(guard);
    return;
  }
  try {
    const now = readHolder(path);
    const stillStale = stale === undefined ? now === undefined && unwrittenTooLong(path) : JSON.stringify(now) === JSON.stringify(stale);
    if (stillStale) unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    unlinkSync(guard);
  }
}

function releaseIfMine(path: string, me: LockHolder): void {
  const holder = readHolder(path);
  if (holder?.pid === me.pid && holder.since === me.since) unlinkSync(path);
}
