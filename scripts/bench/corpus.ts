import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReportFile } from '../../src/lib/content/report-file.ts';

/** A seeded pseudo-random generator, so two runs build the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` reports: the real ones as they are (so their figures, charts and maps still
 * prove and draw), then copies of them, each with a new slug and title and its paragraphs
 * reshuffled, so search and rendering meet realistic Chinese text that is not a byte-for-byte
 * duplicate. Copies drop corrections and unresolved notes (they quote a body that moved).
 */
export async function makeCorpus(source: string, target: string, count: number): Promise<string[]> {
  await mkdir(target, { recursive: true });
  const names = (await readdir(source)).filter((name) => name.endsWith('.md')).sort();
  const originals = await Promise.all(
    names.map(async (name) => readReportFile(name, await readFile(join(source, name), 'utf8')).report!),
  );
  const next = random(2026);
  const slugs: string[] = [];
  for (const name of names.slice(0, count)) {
    await writeFile(join(target, name), await readFile(join(source, name)));
    slugs.push(name.replace(/\.md$/, ''));
  }
  for (let i = 0; i < count - names.length; i++) {
    const original = originals[i % originals.length]!;
    const blocks = original.body.split(/\n{2,}/).filter((block) => block.trim());
    for (let j = blocks.length - 1; j > 0; j--) {
      const k = Math.floor(next() * (j + 1));
      [blocks[j], blocks[k]] = [blocks[k]!, blocks[j]!];
    }
    const slug = `bench-${String(i + 1).padStart(5, '0')}`;
    const year = 2010 + (i % 12);
    const frontmatter = {
      ...original.data,
      title: `${original.data.title}（第${i + 1}号）`,
      date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      corrections: [],
      unresolved: [],
    };
    delete (frontmatter as { slug?: string }).slug;
    await writeFile(join(target, `${slug}.md`), `---\n${JSON.stringify(frontmatter, null, 1)}\n---\n\n${blocks.join('\n\n')}\n`);
    slugs.push(slug);
  }
  return slugs;
}
