/**
 * Where the project's real content lies, for the guard that keeps tests off it
 * (real-content-guard.ts): content/ and data/, except data/geo/, the generated national list and
 * shapes, which are reference data rather than content.
 */
import { resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const realContent = ['content', 'data'].map((dir) => resolve(root, dir));
const referenceData = resolve(root, 'data', 'geo');
const guardModule = resolve(import.meta.dirname, 'real-content-guard.ts');

/** Whether `path` (relative to the working folder) lies in the real content/ or data/, data/geo/ excepted. */
export function isRealContent(path: string): boolean {
  const absolute = resolve(path);
  const inside = (dir: string) => absolute === dir || absolute.startsWith(dir + sep);
  return realContent.some(inside) && !inside(referenceData);
}

/** `env` with the guard in NODE_OPTIONS, so every Node process started with it loads the guard first. */
export function guardedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const flag = `--import=${guardModule}`;
  const options = env['NODE_OPTIONS'] ?? '';
  return { ...env, NODE_OPTIONS: options.includes(flag) ? options : `${options} ${flag}`.trim() };
}
