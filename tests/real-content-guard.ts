/**
 * Keeps tests off the real content. Loaded into every test process (tests/vitest.config.ts puts
 * it in NODE_OPTIONS, so the processes the tests start load it too): reading or opening anything
 * in the project's content/ or data/ throws, except data/geo/, the generated national list and
 * shapes, which are reference data rather than content. An editor's new report, figure or site
 * therefore cannot change what a test sees; `npm run check` is what judges the real content.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRealContent } from './real-content.ts';

const root = resolve(import.meta.dirname, '..');

function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : undefined;
  if (Buffer.isBuffer(target)) return target.toString();
  return undefined; // a file descriptor: opening it was checked
}

function refuse(path: string): Error {
  return new Error(
    `测试不得读取真实内容 ${relative(root, resolve(path))}：请改用 tests/fixture/ 的测试站点（tests/fixture-site.ts）。` +
      ` / A test read the real content ${relative(root, resolve(path))}: use the test site in tests/fixture/ (tests/fixture-site.ts); npm run check judges the real content.`,
  );
}

const GUARDED = Symbol.for('laoqu.realContentGuard');
const table = fs as unknown as Record<string | symbol, unknown>;
if (!table[GUARDED]) {
  table[GUARDED] = true;
  const wrap = (owner: Record<string, unknown>, name: string, kind: 'sync' | 'callback' | 'promise') => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    owner[name] = function guarded(this: unknown, target: unknown, ...rest: unknown[]) {
      const path = pathOf(target);
      if (path !== undefined && isRealContent(path)) {
        const error = refuse(path);
        if (kind === 'promise') return Promise.reject(error);
        const callback = rest.at(-1);
        if (kind === 'callback' && typeof callback === 'function') {
          process.nextTick(() => (callback as (error: Error) => void)(error));
          return undefined;
        }
        throw error;
      }
      return original.call(this, target, ...rest);
    };
  };
  const promises = fs.promises as unknown as Record<string, unknown>;
  const callbacks = fs as unknown as Record<string, unknown>;
  for (const name of ['readFileSync', 'readdirSync', 'opendirSync', 'openSync', 'statSync', 'lstatSync', 'existsSync', 'createReadStream', 'cpSync']) wrap(callbacks, name, 'sync');
  for (const name of ['readFile', 'readdir', 'opendir', 'open', 'stat', 'lstat', 'cp']) wrap(callbacks, name, 'callback');
  for (const name of ['readFile', 'readdir', 'opendir', 'open', 'stat', 'lstat', 'cp']) wrap(promises, name, 'promise');
  syncBuiltinESMExports();
}
