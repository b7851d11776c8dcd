import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { cssReferences, pageReferences, scriptReferences } from '../lib/site-references.ts';

/** Missing files named in the message before it says how many more there are. */
const SHOWN = 10;

/**
 * Checks, before a built site is published, that it is whole: every stylesheet, script, image,
 * download and page its pages and bundles reference is there, and so is every file of public/.
 * Throws a message listing what is missing. A site that lost files after Astro wrote them (two
 * builds once shared a folder) is then never swapped in for the last good one.
 */
export async function checkSiteReferences(siteDir: string, publicDir: string): Promise<{ files: number; references: number }> {
  const files = new Set(await listFiles(siteDir));
  const missing: string[] = [];
  const has = (path: string) => {
    const file = path.slice(1);
    return files.has(file) || files.has(file === '' || file.endsWith('/') ? `${file}index.html` : `${file}/index.html`);
  };
  let references = 0;
  for (const file of files) {
    const read = file.endsWith('.html')
      ? pageReferences
      : file.startsWith('_astro/') && file.endsWith('.css')
        ? cssReferences
        : file.startsWith('_astro/') && file.endsWith('.js')
          ? scriptReferences
          : undefined;
    if (!read) continue;
    const url = `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
    for (const path of read(readFileSync(join(siteDir, file), 'utf8'), url)) {
      references++;
      if (!has(path)) missing.push(`${url} → ${path}`);
    }
  }
  for (const file of await listFiles(publicDir).catch(() => [])) {
    if (!files.has(file)) missing.push(`public/${file} → /${file}`);
  }
  if (missing.length > 0) {
    const more = missing.length > SHOWN ? `\n  … 另有 ${missing.length - SHOWN} 处 / ${missing.length - SHOWN} more` : '';
    throw new Error(
      `生成的网站不完整，缺少 ${missing.length} 个页面引用的文件 / the built site is incomplete: ${missing.length} referenced file(s) are missing:\n  ${missing.slice(0, SHOWN).join('\n  ')}${more}`,
    );
  }
  return { files: files.size, references };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
