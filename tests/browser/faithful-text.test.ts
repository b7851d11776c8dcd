import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/lib/content/report-file.ts';
import { readDist, reportSlugs } from './site.ts';

// The seeds as copied off the web, kept in the repository so tests do not need ../shared.
const seedsDir = 'tests/import/fixtures';
const seeds = readdirSync(seedsDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();

/** Page furniture and metadata lines the importer moves into frontmatter or drops. */
const CHROME = /浏览量|瀏覽量|訪問量|当前的位置|當前的位置|让世界了解老区|^紅色河北$|责任编辑|責任編輯|^编辑[:：]|^作者[:：]|\.jpg$|^search$|^返回|^打印$|^分享$|文字大小/;
/** Date lines, which become the report's date in its meta block. */
const DATE_LINE = /^[（(]?\d{4}年\d{1,2}月(\d{1,2}日)?[)）]?$/;
const GLOSS = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/gu;

const corrections = readdirSync('content/reports')
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => readReportFile(name, readFileSync(join('content/reports', name), 'utf8')).report?.data.corrections ?? []);

function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

describe('the site reproduces the seeds faithfully', () => {
  const site = reportSlugs().map((slug) => pageText(readDist(`reports/${slug}/index.html`))).join('\n');

  it.each(seeds)('holds every sentence of %s', (seed) => {
    let text = readFileSync(join(seedsDir, seed), 'utf8').replace(GLOSS, '');
    for (const { was, now } of corrections) text = text.split(was).join(now);
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
    expect(sentences).toBeGreaterThan(20);
    expect(missing, missing.slice(0, 5).join('\n')).toEqual([]);
  });
});
