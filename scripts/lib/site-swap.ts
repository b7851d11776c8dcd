import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Putting a new site in place of dist/. Node has no atomic exchange of two folders, so the swap
 * is two renames (dist → dist.previous, staging → dist) and a crash between them leaves no
 * dist/; the next build puts dist.previous back before anything else. Only one build runs at a
 * time (build-lock.ts), so whatever these names hold at its start was left by one that died.
 */
export function previousOf(target: string): string {
  return `${target}.previous`;
}

/** This build's own staging folder, beside the target so the final rename stays on one file system. */
export function stagingFor(target: string, pid = process.pid): string {
  return `${target}.building-${pid}`;
}

export type Recovery = 'restored' | 'cleaned' | undefined;

/**
 * Repairs what a build that died left: restores the last site when it died between the two
 * renames, removes a previous site left after a finished swap and staging folders of dead
 * builds. Says what it restored or cleaned.
 */
export function recoverInterruptedSwap(target: string): Recovery {
  const previous = previousOf(target);
  let recovery: Recovery;
  if (existsSync(previous)) {
    if (existsSync(target)) {
      rmSync(previous, { recursive: true, force: true });
      recovery = 'cleaned';
    } else {
      renameSync(previous, target);
      recovery = 'restored';
    }
  }
  const prefix = `${basename(target)}.building`;
  for (const name of readdirSync(dirname(target))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
  return recovery;
}

/** Puts `staging` in place of `target`, keeping the old site until the new one is there. */
export function swapIn(staging: string, target: string): void {
  const previous = previousOf(target);
  rmSync(previous, { recursive: true, force: true });
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
