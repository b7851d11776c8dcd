import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontmatter, parseYaml } from '../../src/lib/content/frontmatter.ts';

/** Whether `hugo` can be run here (the comparison is made only where it is installed). */
export function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The same Markdown as a Hugo site: one page per report, title and date in its front matter, the
 * body as Hugo renders Markdown (Goldmark), in a layout that marks the body for Pagefind as ours
 * does. What Hugo + Pagefind take on it is the yardstick for a static-site generator plus search.
 */
export async function writeHugoSite(dir: string, corpus: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'content/reports'), { recursive: true });
  await mkdir(join(dir, 'layouts/_default'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), `baseURL = "https://example.invalid/"\nlanguageCode = "zh-cn"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n[markup.goldmark.renderer]\nunsafe = false\n`);
  const page = '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n';
  await writeFile(join(dir, 'layouts/_default/single.html'), page);
  await writeFile(join(dir, 'layouts/_default/list.html'), '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n');
  for (const name of (await readdir(corpus)).filter((n) => n.endsWith('.md'))) {
    const source = await readFile(join(corpus, name), 'utf8');
    const split = splitFrontmatter(source);
    const data = (split ? parseYaml(split.yaml).data : {}) as { title?: string; date?: string };
    const body = split?.body ?? source;
    // Hugo wants a whole date; a month-only report date is taken as the first of the month.
    const date = (data.date ?? '2020-01-01').length === 7 ? `${data.date}-01` : (data.date ?? '2020-01-01');
    await writeFile(join(dir, 'content/reports', name), `---\ntitle: ${JSON.stringify(data.title ?? name)}\ndate: ${date}\n---\n${body}`);
  }
}
