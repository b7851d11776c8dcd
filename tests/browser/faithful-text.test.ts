import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureReports } from '../fixture-site.ts';
import { SEEDS } from '../import/seeds.ts';
import { readDist } from './site.ts';

// The seeds as copied off the web, kept in the repository so tests do not need ../shared.
const seedsDir = 'tests/import/fixtures';

/** Page furniture and metadata lines the importer moves into frontmatter or drops. */
const CHROME = /浏览量|瀏覽量|訪問量|当前的位置|當前的位置|让世界了解老区|^紅色河北$|责任编辑|責任編輯|^编辑[:：]|^作者[:：]|\.jpg$|^search$|^返回|^打印$|^分享$|文字大小/;
/** Date lines, which become the report's date in its meta block. */
const DATE_LINE = /^[（(]?\d{4}年\d{1,2}月(\d{1,2}日)?[)）]?$/;
const GLOSS = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/gu;

const reports = fixtureReports();
/** Reports of pasted text, not of pasted markup (the sanitising of which report-page.test.ts checks). */
const textReports = reports.filter((report) => !/<[a-z]/i.test(report.body));
/** Seeds whose every report the test site holds whole (an excerpt says （节选） in its summary). */
const wholeSeeds = SEEDS.filter((seed) => seed.slugs.every((slug) => reports.some((r) => r.slug === slug && !r.data.summary.startsWith('（节选）'))));

function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

/** Sentences of a text that some page of the site must hold, and those no page holds. */
function missingSentences(text: string, site: string): { sentences: number; missing: string[] } {
  const missing: string[] = [];
  let sentences = 0;
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (CHROME.test(line) || DATE_LINE.test(line)) continue;
    for (const sentence of line.split(/(?<=[。！？；!?;])/)) {
      const folded = sentence.replace(/\s+/g, '');
      if (folded.length < 2) continue;
      sentences++;
      if (!site.includes(folded)) missing.push(folded);
    }
  }
  return { sentences, missing };
}

describe('the site reproduces the reports faithfully', () => {
  it.each(textReports.map((report) => report.slug))('%s: its page holds every sentence of its file', (slug) => {
    const report = reports.find((r) => r.slug === slug)!;
    const body = report.body
      .replace(/^::chart\{[^\n]*\}$/gm, '')
      .replace(/^#+\s*/gm, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!~])/g, '$1');
    const { sentences, missing } = missingSentences(body, pageText(readDist(`reports/${slug}/index.html`)));
    expect(sentences).toBeGreaterThan(5);
    expect(missing, missing.slice(0, 5).join('\n')).toEqual([]);
  });

  it('holds the test site’s whole seeds', () => {
    expect(wholeSeeds.length).toBeGreaterThan(0);
  });

  it.each(wholeSeeds.map((seed) => seed.file))('holds every sentence of the seed %s', (file) => {
    const seed = wholeSeeds.find((s) => s.file === file)!;
    const site = seed.slugs.map((slug) => pageText(readDist(`reports/${slug}/index.html`))).join('\n');
    const corrections = seed.slugs.flatMap((slug) => reports.find((r) => r.slug === slug)!.data.corrections);
    let text = readFileSync(join(seedsDir, file), 'utf8').replace(GLOSS, '');
    for (const { was, now } of corrections) text = text.split(was).join(now);
    const { sentences, missing } = missingSentences(text, site);
    expect(sentences).toBeGreaterThan(20);
    expect(missing, missing.slice(0, 5).join('\n')).toEqual([]);
  });
});
