/**
 * The importer's core: a copied page (plain text) in, one Markdown report file per report out,
 * each with the list of things an editor must check. No file system here: scripts/import.ts
 * reads the input and writes the files.
 */
import type { ReportFrontmatter } from '../../schemas/report.ts';
import { layOutBody } from './body.ts';
import { detectDamage } from './damage.ts';
import { writeFrontmatter } from './frontmatter.ts';
import { dateLineLostBracket } from './page-meta.ts';
import { readPage, type PageHints, type PageLayout, type RawReport } from './page.ts';
import { describeRegionGuess } from './region-flag.ts';
import { guessRegions } from './regions.ts';
import { chooseDate, choosePublisher, chooseSourceSite, siteNameFromTitle } from './report-fields.ts';
import { detectScript } from './script.ts';
import { makeSlug } from './slug.ts';
import { guessTopics } from './topics.ts';
import type { Flag } from './types.ts';

/** The summary placeholder; the check refuses to publish it, so an editor must replace it. */
export const SUMMARY_PLACEHOLDER = '待编辑撰写 / to be written by the editor';

/** One report file the importer produced. */
export interface ImportedReport {
  slug: string;
  frontmatter: ReportFrontmatter;
  /** The whole file: frontmatter and body. */
  markdown: string;
  /** What the editor must check, by line of `markdown`, in file order. */
  flags: Flag[];
}

/** What one page yielded. */
export interface PageImport {
  reports: ImportedReport[];
  glossesRemoved: number;
}

/** What the importer knows of a page besides its text (from a saved HTML page). */
export type ImportHints = PageHints;

type Field = keyof ReportFrontmatter;
type FieldFlag = Omit<Flag, 'outputLine'> & { field: Field };

function fieldFlag(field: Field, kind: Flag['kind'], snippet: string, zh: string, en: string, sourceLine?: number): FieldFlag {
  return { field, kind, snippet, zh, en, sourceLine };
}

function titleFlags(raw: RawReport, page: PageLayout, title: string, isFirst: boolean): FieldFlag[] {
  const flags: FieldFlag[] = [];
  if (title === '') {
    flags.push(fieldFlag('title', 'title', '', '页面上找不到标题。请按原文填写报告标题。', "No title found on the page: fill in the report's title as printed."));
  } else if (raw.title.length > 1) {
    flags.push(fieldFlag('title', 'title', title, '标题由相邻两行合并而成,请核实。', 'Title joined from two lines: check it.', raw.title[0]?.n));
  }
  if (isFirst && page.droppedHead.length > 0) {
    const dropped = page.droppedHead.map((line) => `“${line.text}”`).join('');
    flags.push(
      fieldFlag('title', 'dropped-head', dropped, `标题之上的 ${page.droppedHead.length} 行视为网站页头,未导入:${dropped}。若其中有报告原文或标题,请补回。`,
        `${page.droppedHead.length} line(s) above the title were taken for the site's header and left out: ${dropped}. If any is the report's own text or title, put it back.`,
        page.droppedHead[0]?.n),
    );
  }
  for (const line of [...raw.title, ...(raw.subtitle ? [raw.subtitle] : [])]) {
    for (const flag of detectDamage(line)) flags.push({ ...flag, field: line === raw.subtitle ? 'subtitle' : 'title' });
  }
  return flags;
}

/** What the editor must check of the date: a lost bracket in its line, none found, or one read from the closing lines. */
function dateFlags(raw: RawReport, date: ReturnType<typeof chooseDate>): FieldFlag[] {
  const flags: FieldFlag[] = [];
  if (raw.dateLine && dateLineLostBracket(raw.dateLine.text)) {
    flags.push(
      fieldFlag('date', 'lost-bracket', raw.dateLine.text, `日期行“${raw.dateLine.text}”括号不成对,疑缺一个括号;日期已按所印读出,请核实。`,
        `Date line '${raw.dateLine.text}' has an unbalanced bracket; the date was read as printed: check it.`, raw.dateLine.n),
    );
  }
  if (date === undefined) {
    flags.push(fieldFlag('date', 'date', '',
      '页面上找不到日期。请按原文填写发布日期(YYYY-MM-DD,只知年月则 YYYY-MM),并把文件名开头的 0000-00 改为该年月。',
      'No date found on the page: fill in the date as printed (YYYY-MM-DD, or YYYY-MM), and rename the file so it starts with that year and month instead of 0000-00.'));
  } else if (date.origin === 'closing') {
    flags.push(fieldFlag('date', 'date', date.value, '日期取自文末落款,请核实。', "Date taken from the report's closing lines: check it."));
  }
  return flags;
}

/** What the editor must check of the publisher: taken from the page's 来源, or not printed at all. */
function publisherFlags(publisher: ReturnType<typeof choosePublisher>): FieldFlag[] {
  const flags: FieldFlag[] = [];
  if (publisher?.origin === 'source') {
    flags.push(fieldFlag('publisher', 'publisher', publisher.value, '发布者取自页面的“来源”一栏,请核实是否为报告的发布者。', "Publisher taken from the page's source (来源) field: check that it is the report's publisher."));
  } else if (publisher === undefined) {
    flags.push(fieldFlag('publisher', 'publisher', '', '页面未印出发布者(来源、作者或署名)。请按原文填写发布报告的单位,如“××县老区建设促进会”。', "The page prints no publisher (来源, 作者 or a signature): fill in the body that published the report as printed, e.g. ××县老区建设促进会."));
  }
  return flags;
}

/** Where the source site's name came from, for the editor to check (or that the page gives none). */
function sourceFlag(site: ReturnType<typeof chooseSourceSite>): FieldFlag {
  if (site === undefined) {
    return fieldFlag('source', 'source-name', '', '页面未印出来源网站。请填写刊载该报告的网站或刊物名称(有网址请填 url)。', 'The page names no source site: fill in the site or publication that carried the report (and its url if it has one).');
  }
  if (site.origin === 'slogan') {
    return fieldFlag('source', 'source-name', site.value, `来源网站据页头标语推定为“${site.value}”,请核实。`, `Source site inferred from the page's slogan as '${site.value}': check it.`);
  }
  if (site.origin === 'document-title') {
    return fieldFlag('source', 'source-name', site.value, `来源网站据网页标题推定为“${site.value}”,请核实。`, `Source site inferred from the page's title as '${site.value}': check it.`);
  }
  return fieldFlag('source', 'source-name', site.value, `来源网站取自页面的“来源”一栏(“${site.value}”),它也可能是供稿单位;请核实并填写刊载该报告的网站名称。`, `Source site taken from the page's 来源 field ('${site.value}'), which may name the contributor instead: check it and give the site that carried the report.`);
}

function buildReport(raw: RawReport, page: PageLayout, isFirst: boolean, isLast: boolean, hints: ImportHints): ImportedReport {
  const title = raw.title.map((line) => line.text).join('');
  const subtitle = raw.subtitle?.text;
  const bodyText = raw.body.map((line) => line.text).join('\n');
  const fieldFlags = titleFlags(raw, page, title, isFirst);

  const date = chooseDate(raw, page, isFirst);
  fieldFlags.push(...dateFlags(raw, date));

  const publisher = choosePublisher(raw, page, isFirst);
  fieldFlags.push(...publisherFlags(publisher));
  const author = isFirst ? page.meta.author : undefined;
  const authors = author ? [author] : raw.byline?.names ?? [];

  const headline = [title, subtitle ?? '', raw.byline?.line.text ?? '', publisher?.value ?? ''].join('\n');
  const guess = guessRegions([headline, bodyText].join('\n'), headline);
  const regionNote = describeRegionGuess(guess);
  fieldFlags.push(fieldFlag('regions', guess.ambiguous.length > 0 ? 'ambiguous-region' : 'guessed-regions', regionNote.snippet, regionNote.zh, regionNote.en));

  const site = chooseSourceSite(page, siteNameFromTitle(hints.documentTitle, title));
  fieldFlags.push(sourceFlag(site));
  fieldFlags.push(
    fieldFlag('summary', 'summary', SUMMARY_PLACEHOLDER, '请撰写 1–3 句摘要(编辑自己的话)。', 'Write a 1–3 sentence summary in your own words.'),
  );

  // A field the page does not print is written empty: `npm run check` refuses it at that line,
  // and the comment above says what to fill in. A placeholder could pass the check and be published.
  const frontmatter: ReportFrontmatter = {
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    date: date?.value ?? '',
    publisher: publisher?.value ?? '',
    authors,
    regions: guess.regions.map((r) => r.division.code),
    topics: guessTopics([title, subtitle ?? '', bodyText].join('\n')),
    script: detectScript([title, bodyText].join('\n')),
    source: { name: site?.value ?? '' },
    summary: SUMMARY_PLACEHOLDER,
    corrections: [],
    unresolved: [],
  };

  const notes: Partial<Record<Field, string>> = {};
  for (const flag of fieldFlags) notes[flag.field] ??= `待核:${flag.zh} / Check: ${flag.en}`;
  notes.topics ??= '主题由常见用语推定,请核实 / topics guessed from common terms: check them';
  const written = writeFrontmatter(frontmatter, notes);
  const blocks = layOutBody(raw.body);
  const bodyStart = written.text.split('\n').length + 1;
  const flags: Flag[] = [
    ...fieldFlags.map(({ field, ...flag }) => ({ ...flag, outputLine: written.lineOf[field] })),
    ...blocks.flatMap((block, i) => block.flags.map((flag) => ({ ...flag, outputLine: bodyStart + 2 * i }))),
  ];
  const tail = isLast ? page.droppedTail : undefined;
  if (tail) {
    flags.push({
      kind: 'dropped-tail',
      snippet: tail.heading.text,
      zh: `页面末尾自“${tail.heading.text}”起的 ${tail.lines} 行视为网站自己的内容(相关文章、评论或按钮),未导入。若其中有报告原文,请补回。`,
      en: `The ${tail.lines} line(s) from “${tail.heading.text}” at the foot of the page were taken for the site's own (related articles, comments or buttons) and left out. If any is the report's own text, put it back.`,
      sourceLine: tail.heading.n,
      outputLine: bodyStart + 2 * Math.max(0, blocks.length - 1),
    });
  }
  const markdown = `${written.text}\n${blocks.map((block) => block.markdown).join('\n\n')}\n`;
  const main = guess.regions[0]?.division;
  const slug = makeSlug(date?.value, main?.shortName ?? main?.name ?? '', `${title} ${subtitle ?? ''}`);
  return { slug, frontmatter, markdown, flags };
}

/** Imports one copied page (plain text). */
export function importPage(text: string, hints: ImportHints = {}): PageImport {
  const page = readPage(text, hints);
  const reports = page.reports.map((raw, i) => buildReport(raw, page, i === 0, i === page.reports.length - 1, hints));
  const seen = new Map<string, number>();
  for (const report of reports) {
    const count = (seen.get(report.slug) ?? 0) + 1;
    seen.set(report.slug, count);
    if (count > 1) report.slug = `${report.slug}-${count}`;
  }
  return { reports, glossesRemoved: page.glossesRemoved };
}
