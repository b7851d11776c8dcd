import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes the baseline: a bare Astro 7 site with one content collection and one plain page per
 * report, built from the same Markdown. It lives inside the project so it resolves the
 * project's own astro from node_modules.
 */
export async function writeBareSite(dir: string, corpus: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/pages/reports'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n`);
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { reports: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(corpus)} }) }) };
`,
  );
  await writeFile(
    join(dir, 'src/pages/reports/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-Hans"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
}
