import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  /** Largest resident memory of the whole process tree at once, in bytes. */
  peakBytes: number;
  output: string;
  status: number | null;
}

/**
 * Runs a command and samples the resident memory of its whole process tree every 100 ms:
 * a build forks workers, and what must fit in the machine is their sum, not one process.
 */
export async function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakBytes = 0;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRss(child.pid!));
  }, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakBytes, output, status };
}

/**
 * The resident memory of a process and its descendants, read from /proc along the tree's own
 * children lists. Scanning every process's status file instead cost 34 ms of CPU a sample, a
 * third of a core at ten samples a second, taken from the build being timed.
 */
function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      /* the process ended while we looked */
    }
  }
  return total;
}
