/**
 * The importer's core: a copied page (plain text) in, one Markdown report file per report out,
 * each with the list of things an editor must check. No file system here: scripts/import.ts
 * reads the input and writes the files.
 */
import type { ReportFrontmatter } from '../../schemas/report.ts';
import { layOutBody } from './body.ts';
import { detectDamage } from './damage.ts';
import { writeFrontmatter } from './frontmatter.ts';
import { dateLineLostBracket, parsePrintedDate } from './page-meta.ts';
import { readPage, type RawReport } from './page.ts';
import { parseSignature } from './byline.ts';
import { guessRegions } from './regions.ts';
import { detectScript } from './script.ts';
import { makeSlug } from './slug.ts';
import { guessTopics } from './topics.ts';
import type { Flag } from './types.ts';

/** The summary placeholder; the check refuses to publish it, so an editor must replace it. */
export const SUMMARY_PLACEHOLDER = '待编辑撰写 / to be written by the editor';
/** Placeholder for fields the page does not print. */
export const MISSING = '待编辑填写 / to be filled in by the editor';

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

type Field = keyof ReportFrontmatter;
type FieldFlag = Omit<Flag, 'outputLine'> & { field: Field };

function fieldFlag(field: Field, kind: Flag['kind'], snippet: string, zh: string, en: string, sourceLine?: number): FieldFlag {
  return { field, kind, snippet, zh, en, sourceLine };
}

function buildReport(raw: RawReport, page: ReturnType<typeof readPage>, isFirst: boolean): ImportedReport {
  const fieldFlags: FieldFlag[] = [];
  const title = raw.title.map((line) => line.text).join('');
  const subtitle = raw.subtitle?.text;
  const bodyText = raw.body.map((line) => line.text).join('\n');
  if (title === '') {
    fieldFlags.push(fieldFlag('title', 'title', '', '页面上找不到标题,请填写。', 'No title found on the page: fill it in.'));
  } else if (raw.title.length > 1) {
    fieldFlags.push(
      fieldFlag('title', 'title', title, '标题由相邻两行合并而成,请核实。', 'Title joined from two lines: check it.', raw.title[0]?.n),
    );
  }
  for (const line of [...raw.title, ...(raw.subtitle ? [raw.subtitle] : [])]) {
    for (const flag of detectDamage(line)) fieldFlags.push({ ...flag, field: line === raw.subtitle ? 'subtitle' : 'title' });
  }

  const ownDate = raw.dateLine ? parsePrintedDate(raw.dateLine.text) : undefined;
  const date = (isFirst ? page.meta.date : ownDate) ?? ownDate ?? page.meta.date;
  if (raw.dateLine && dateLineLostBracket(raw.dateLine.text)) {
    fieldFlags.push(
      fieldFlag('date', 'lost-bracket', raw.dateLine.text, `日期行“${raw.dateLine.text}”括号不成对,疑缺一个括号;日期已按所印读出,请核实。`,
        `Date line '${raw.dateLine.text}' has an unbalanced bracket; the date was read as printed: check it.`, raw.dateLine.n),
    );
  }
  if (date === undefined) {
    fieldFlags.push(fieldFlag('date', 'date', '', '页面上找不到日期,请填写(YYYY-MM-DD 或 YYYY-MM)。', 'No date found: fill it in (YYYY-MM-DD or YYYY-MM).'));
  }

  const signature = raw.body.map((line) => parseSignature(line.text)).find((name) => name !== undefined);
  const bylineText = raw.byline?.line.text;
  const authorLine = isFirst ? page.meta.author : undefined;
  const publisher = authorLine ?? bylineText ?? signature ?? page.meta.source;
  if (publisher !== undefined && publisher === page.meta.source && authorLine === undefined && bylineText === undefined && signature === undefined) {
    fieldFlags.push(fieldFlag('publisher', 'publisher', publisher, '发布者取自页面的“来源”一栏,请核实是否为报告的发布者。', "Publisher taken from the page's source (来源) field: check that it is the report's publisher."));
  }
  if (publisher === undefined) {
    fieldFlags.push(fieldFlag('publisher', 'publisher', '', '页面未印出发布者,请按原文填写。', 'The page prints no publisher: fill it in as printed.'));
  }
  const authors = authorLine ? [authorLine] : raw.byline?.names ?? [];

  const regions = guessRegions([title, subtitle ?? '', bodyText].join('\n'));
  fieldFlags.push(
    fieldFlag('regions', 'guessed-regions', regions.map((r) => r.name).join('、'),
      '地区代码由地名推定(首个为主要地区),请对照 REGIONS.md 核实并补全。',
      'Region codes guessed from place names (the first is the main region): check them against REGIONS.md and complete them.'),
  );

  const siteName = page.meta.source ?? page.sloganSite;
  if (page.meta.source === undefined) {
    fieldFlags.push(
      page.sloganSite === undefined
        ? fieldFlag('source', 'source-name', '', '页面未印出来源网站,请填写刊载该报告的网站或刊物名称。', 'The page names no source site: fill in the site or publication that carried the report.')
        : fieldFlag('source', 'source-name', page.sloganSite, `来源网站据页头标语推定为“${page.sloganSite}”,请核实。`, `Source site inferred from the page's slogan as '${page.sloganSite}': check it.`),
    );
  }
  fieldFlags.push(
    fieldFlag('summary', 'summary', SUMMARY_PLACEHOLDER, '请撰写 1–3 句摘要(编辑自己的话)。', 'Write a 1–3 sentence summary in your own words.'),
  );

  const frontmatter: ReportFrontmatter = {
    title: title || MISSING,
    ...(subtitle === undefined ? {} : { subtitle }),
    date: date ?? '0000-00',
    publisher: publisher ?? MISSING,
    authors,
    regions: regions.length > 0 ? regions.map((r) => r.code) : ['000000'],
    topics: guessTopics([title, subtitle ?? '', bodyText].join('\n')),
    script: detectScript([title, bodyText].join('\n')),
    source: { name: siteName ?? MISSING },
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
  const markdown = `${written.text}\n${blocks.map((block) => block.markdown).join('\n\n')}\n`;
  const place = regions[0]?.pinyin ?? 'laoqu';
  return { slug: makeSlug(frontmatter.date, place, `${title} ${subtitle ?? ''}`), frontmatter, markdown, flags };
}

/** Imports one copied page (plain text). */
export function importPage(text: string): PageImport {
  const page = readPage(text);
  const reports = page.reports.map((raw, i) => buildReport(raw, page, i === 0));
  const seen = new Map<string, number>();
  for (const report of reports) {
    const count = (seen.get(report.slug) ?? 0) + 1;
    seen.set(report.slug, count);
    if (count > 1) report.slug = `${report.slug}-${count}`;
  }
  return { reports, glossesRemoved: page.glossesRemoved };
}
