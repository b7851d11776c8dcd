import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
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
  const timer = setInterval(async () => {
    peakBytes = Math.max(peakBytes, await treeRss(child.pid!));
  }, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakBytes, output, status };
}

async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8');
      parents.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}
