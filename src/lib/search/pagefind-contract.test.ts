// The Pagefind internals the search relies on, checked against the Pagefind that is installed:
// its fragment encoding, its attribute parser and its tag lists. A Pagefind upgrade that changes
// any of them fails here first, not in a reader's results.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { readCaptures } from './capture.ts';
import { INLINE, REMOVED } from './index-document.ts';
import { decodeFragment } from './restore-fragment.ts';

afterAll(() => pagefind.close());

async function fragmentsOf(html: string) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  await index!.addHTMLFile({ url: '/page/', content: html });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files.filter((f) => f.path.startsWith('fragment/')).map((f) => decodeFragment(f.content));
}

describe('the Pagefind contract', () => {
  it('is pinned to one exact version', () => {
    const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies['pagefind'];
    const installed = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
    expect(declared).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(declared);
  });

  it('writes fragments our decoder reads: the signature, then the JSON, gzipped', async () => {
    const [fragment] = await fragmentsOf('<html><body><main data-pagefind-body><p>alpha beta</p></main></body></html>');
    expect(fragment).toMatchObject({ url: '/page/', content: expect.stringContaining('alpha beta') });
  });

  it('leaves out exactly the elements we leave out, and breaks words where we do', async () => {
    for (const tag of [...REMOVED].filter((t) => t !== 'head')) {
      const [fragment] = await fragmentsOf(`<html><body><main data-pagefind-body><p>kept</p><${tag}>dropped${tag}</${tag}></main></body></html>`);
      expect(fragment!.content, tag).not.toContain(`dropped${tag}`);
    }
    const inline = [...INLINE].filter((t) => !REMOVED.has(t) && !['br', 'img', 'input', 'select', 'textarea', 'object', 'map', 'button', 'output'].includes(t));
    for (const tag of inline) {
      const [fragment] = await fragmentsOf(`<html><body><main data-pagefind-body><p>alpha<${tag}>beta</${tag}>gamma</p></main></body></html>`);
      expect(fragment!.content, tag).toContain('alphabetagamma');
    }
    const [block] = await fragmentsOf('<html><body><main data-pagefind-body><div>alpha</div><div>beta</div></main></body></html>');
    expect(block!.content).not.toContain('alphabeta');
  });

  it('reads data-pagefind-meta as our capture does', async () => {
    const attribute = 'title, image[data-src], type:报告, region:赤峰市, 宁城县';
    const [fragment] = await fragmentsOf(
      `<html><body><main data-pagefind-body><h1 data-src="/x.png" data-pagefind-meta="${attribute}">  老区  报告 </h1><p>text</p></main></body></html>`,
    );
    const ours = Object.fromEntries(readCaptures(attribute, (name) => (name === 'data-src' ? '/x.png' : undefined), () => '  老区  报告 '));
    for (const [key, value] of Object.entries(ours)) expect(fragment!.meta[key], key).toBe(value);
  });
});
