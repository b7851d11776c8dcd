// The folders of src/ and scripts/ import one way: each from its own folder and the ones it builds
// on, never from one built on it (README: "Where things are"). A module that reaches up, or two
// that import each other, fail here with the line to change.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder may import besides itself. The root modules of src/ are configuration. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  schemas: [],
  lib: ['schemas'],
  loaders: ['lib', 'schemas', 'config'],
  check: ['loaders', 'lib', 'schemas', 'config'],
  integrations: ['check', 'lib', 'config'],
  components: ['lib', 'schemas', 'config', 'loaders'],
  layouts: ['components', 'lib', 'schemas', 'config', 'styles'],
  pages: ['layouts', 'components', 'loaders', 'lib', 'schemas', 'config', 'styles'],
  'after-build': ['lib', 'schemas', 'config'],
  config: ['loaders', 'schemas', 'config'],
  scripts: ['check', 'loaders', 'lib', 'schemas', 'after-build', 'config'],
};

const ROOT = process.cwd();

function layerOf(path: string): string {
  const [top, second, third] = relative(ROOT, path).split('/');
  if (top === 'scripts') return 'scripts';
  if (top === 'tests') return 'tests';
  if (top === 'src') return third === undefined ? 'config' : second!;
  return top!;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every relative import of a file: the module it names, resolved, and its line. */
function importsOf(file: string): { target: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\s)(?:import|export)\b[^'"`;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s+['"](\.[^'"]+)['"]/gm)].map((match) => ({
    target: normalize(join(dirname(file), match[1] ?? match[2] ?? match[3]!)),
    line: text.slice(0, match.index).split('\n').length,
  }));
}

describe('the layout of the code', () => {
  const files = [...sources('src'), ...sources('scripts')];

  it('imports only downward: each folder from itself and the ones it builds on', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const { target, line } of importsOf(file)) {
        const to = layerOf(target);
        if (to !== from && !(ALLOWED[from] ?? []).includes(to)) upward.push(`${relative(ROOT, file)}:${line} (${from}) imports ${relative(ROOT, target)} (${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).map((i) => i.target).filter((t) => files.includes(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
