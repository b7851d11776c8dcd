/**
 * Issue 14's test of a new user: a page from a county outside the seed prefectures, in the
 * layouts and formats 老促会 publish in, imports with its title, date, publisher and region
 * right; once the editor writes a summary (and any field the page did not print), the report
 * file is valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/lib/content/report-file.ts';
import { importPage } from '../../src/lib/import/import-page.ts';
import { readInput } from '../../src/lib/import/read-input.ts';
import { PAGES } from './seeds.ts';

async function importFixture(file: string) {
  const { text, hints } = await readInput(file, readFileSync(join(PAGES, file)));
  const { reports } = importPage(text, hints);
  expect(reports).toHaveLength(1);
  return reports[0]!;
}

/** The report file's body, a line per paragraph or heading (the importer leaves a blank line between). */
const bodyLines = (markdown: string) => (markdown.split('\n---\n')[1] ?? '').split('\n').filter(Boolean);

// The paragraphs of the document the PDF was made from (LibreOffice, sources/tongjiang-report.fodt).
const sourceParagraphs = readFileSync(join(PAGES, 'sources/tongjiang-report.fodt'), 'utf8')
  .match(/<text:p text:style-name="(?:Title|Body|Head|Sign)">[^<]*<\/text:p>/gu)
  ?.map((p) => p.replace(/<[^>]+>/gu, '')) ?? [];

describe('a page from a county in another province', () => {
  it('陕西 延川县: a GBK content-system page saved as .html', async () => {
    const report = await importFixture('yanchuan-saved-page.html');
    expect(report.frontmatter).toMatchObject({
      title: '延川县红枣产业助力老区乡村振兴的调研报告',
      date: '2022-03-18',
      publisher: '延川县老区建设促进会',
      regions: ['610622', '610600'],
      source: { name: '延安市老区建设促进会' },
    });
    expect(report.slug).toBe('2022-03-yanchuan-xiangcun-zhenxing');
    expect(report.markdown).not.toMatch(/首页|搜索|字号|打印本页|关闭窗口|分享到|上一篇|下一篇|版权所有|浏览次数/u);
    // Every paragraph of the article, word for word.
    const html = new TextDecoder('gbk').decode(readFileSync(join(PAGES, 'yanchuan-saved-page.html')));
    const article = html.slice(html.indexOf('<div class="content">'), html.indexOf('<div class="share">'));
    const paragraphs = [...article.matchAll(/<p[^>]*>([^<]+)<\/p>/gu)].map((m) => (m[1] ?? '').replace(/&nbsp;/gu, '').trim());
    expect(paragraphs).toHaveLength(10);
    for (const paragraph of paragraphs) expect(report.markdown).toContain(paragraph);
  });

  it('江西 兴国县: a content-system page copied as .txt', async () => {
    const report = await importFixture('xingguo-copied-page.txt');
    expect(report.frontmatter).toMatchObject({
      title: '兴国县革命老区产业发展情况的调研报告',
      date: '2021-09-06',
      publisher: '兴国县老区建设促进会',
      regions: ['360732', '360700'],
    });
    expect(report.markdown).not.toMatch(/当前位置|搜索|字号|打印本页|关闭窗口|分享到|上一篇|下一篇|Copyright|点击数/u);
    // Every line of the article, word for word: from the first paragraph to the one before 分享到.
    const page = readFileSync(join(PAGES, 'xingguo-copied-page.txt'), 'utf8').split('\n');
    const article = page.slice(page.indexOf('【字号：大 中 小】【打印本页】【关闭窗口】') + 1, page.indexOf('分享到：'));
    const lines = article.map((line) => line.trim()).filter(Boolean);
    expect(lines).toHaveLength(11);
    for (const line of lines) expect(report.markdown).toContain(line);
    expect(report.flags.map((flag) => flag.kind)).toEqual(expect.arrayContaining(['lost-day', 'lost-unit', 'lost-bracket']));
  });

  it('四川 通江县: a report published as PDF, every paragraph whole and in order, no running header or page number', async () => {
    const report = await importFixture('tongjiang-report.pdf');
    expect(report.frontmatter).toMatchObject({
      title: '通江县银耳产业助推老区乡村振兴的调研报告',
      date: '2022-06-10',
      publisher: '通江县老区建设促进会',
      regions: ['511921', '511900'],
    });
    const paragraphs = bodyLines(report.markdown).map((line) => line.replace(/^#+ /u, ''));
    expect(sourceParagraphs).toHaveLength(17);
    expect(paragraphs).toEqual(sourceParagraphs.slice(1));
    expect(paragraphs.join('\n')).not.toMatch(/调研报告\n|— \d —/u);
  });

  it('福建 长汀县: a news portal page, its share tools, comments and other headlines left out and named', async () => {
    const report = await importFixture('changting-portal-page.txt');
    expect(report.frontmatter).toMatchObject({
      title: '长汀县老促会开展革命老区乡村振兴专题调研',
      date: '2024-05-21',
      publisher: '长汀县老区建设促进会',
      regions: ['350821', '350800'],
    });
    const page = readFileSync(join(PAGES, 'changting-portal-page.txt'), 'utf8').split('\n');
    const article = page.filter((line) => line.startsWith('　　')).map((line) => line.trim());
    expect(article).toHaveLength(3);
    expect(bodyLines(report.markdown)).toEqual(article);
    // The headlines under the comments name other places: none is taken for the report's region.
    expect(report.frontmatter.regions).not.toContain('350100');
    const tail = report.flags.find((flag) => flag.kind === 'dropped-tail');
    expect(tail).toMatchObject({ snippet: '新闻评论', sourceLine: page.indexOf('新闻评论') + 1 });
    expect(report.markdown.split('\n')[tail!.outputLine! - 1]).toBe(article.at(-1));
  });

  it('福建 宁化县: a WeChat article, its account line read and the app’s controls left out and named', async () => {
    const report = await importFixture('ninghua-wechat-article.txt');
    expect(report.frontmatter).toMatchObject({ date: '2024-03-01', regions: ['350424', '350400'], source: { name: '宁化县老区建设促进会' } });
    const page = readFileSync(join(PAGES, 'ninghua-wechat-article.txt'), 'utf8').split('\n');
    const article = page.slice(page.findIndex((line) => line.startsWith('3月1日')), page.indexOf('来源：宁化县老区建设促进会')).filter(Boolean);
    expect(article).toHaveLength(4);
    expect(bodyLines(report.markdown)).toEqual(article);
    expect(report.flags.find((flag) => flag.kind === 'dropped-tail')).toMatchObject({ snippet: '预览时标签不可点', sourceLine: page.indexOf('预览时标签不可点') + 1 });
  });

  // The check's own reading of a report file (npm run check also wants the codes in data/regions.json,
  // which the importer names when they are missing: see cli.test.ts).
  it.each(['yanchuan-saved-page.html', 'xingguo-copied-page.txt', 'tongjiang-report.pdf', 'changting-portal-page.txt'])(
    '%s: the check refuses only what the editor is asked to write, at the line the importer marks',
    async (file) => {
      const report = await importFixture(file);
      const lines = report.markdown.split('\n');
      const { problems } = readReportFile(`${report.slug}.md`, report.markdown);
      expect(problems.length).toBeGreaterThan(0);
      // The importer's comment stands right above the field (above source: for source.name).
      for (const { line = 0, message } of problems) {
        expect(lines.slice(line - 3, line - 1).join('\n'), message).toMatch(/^# 待核:.*请.*(?:撰写|填写)/mu);
      }

      const edited = report.markdown
        .replace(/^summary: .*$/mu, 'summary: "编辑撰写的摘要。"')
        .replace(/^ {2}name: ""$/mu, '  name: "通江县人民政府网"');
      expect(readReportFile(`${report.slug}.md`, edited).problems).toEqual([]);
    },
  );
});
