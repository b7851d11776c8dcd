import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteMentionContext } from './site-mentions.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'laoqu-sites-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const write = (sites: unknown) => writeFileSync(join(dataDir, 'sites.json'), JSON.stringify(sites));
const ranzhuang = { id: 'ranzhuang', name: '冉庄地道战遗址', aliases: ['冉庄地道战'], region: '130684', description: '地道战旧址' };

describe('siteMentionContext', () => {
  it('finds a site named in a Traditional report, whose names are Simplified', async () => {
    write([ranzhuang]);
    const { mentionedIn } = await siteMentionContext(dataDir);
    expect(mentionedIn([{ n: 1, text: '參觀冉莊地道戰遺址。' }], 'zh-Hant')).toEqual(['ranzhuang']);
    expect(mentionedIn([{ n: 1, text: '參觀冉莊地道戰遺址。' }], 'zh-Hans')).toEqual([]);
    expect(mentionedIn([{ n: 1, text: '到冉庄地道战看看' }], 'zh-Hans')).toEqual(['ranzhuang']);
  });

  it('changes its digest input when a name changes, not when the description does', async () => {
    write([ranzhuang]);
    const before = (await siteMentionContext(dataDir)).inputs;
    write([{ ...ranzhuang, description: '另一段介绍' }]);
    expect((await siteMentionContext(dataDir)).inputs).toBe(before);
    write([{ ...ranzhuang, aliases: ['冉庄'] }]);
    expect((await siteMentionContext(dataDir)).inputs).not.toBe(before);
  });

  it('finds nothing without a sites file', async () => {
    const { mentionedIn } = await siteMentionContext(join(dataDir, 'missing'));
    expect(mentionedIn([{ n: 1, text: '冉庄地道战遗址' }], 'zh-Hans')).toEqual([]);
  });
});
