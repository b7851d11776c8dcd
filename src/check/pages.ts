/**
 * The editors' MDX pages (content/pages/*.mdx): each has a valid frontmatter and a name that is
 * not one of the site's sections, and every chart, figure and map it draws by id exists.
 * Compiling the MDX itself is Astro's; its errors name the file and line too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentUses, EDITORIAL_COMPONENTS } from '../lib/content/editorial.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import type { Problem } from '../lib/content/problem.ts';
import { zodIssuesToProblems } from '../lib/content/zod-problems.ts';
import { editorialPageSchema, RESERVED_PAGE_NAMES } from '../schemas/page.ts';
import { punctuationWarnings, type EditorText } from './editor-text.ts';

export interface PagesInput {
  pagesDir: string;
  chartIds: ReadonlySet<string>;
  figureIds: ReadonlySet<string>;
  regionCodes: ReadonlySet<string>;
  rel: (path: string) => string;
}

const WHAT: Readonly<Record<keyof typeof EDITORIAL_COMPONENTS, string>> = {
  Chart: 'data/charts.json 中的图表 / chart in data/charts.json',
  Figure: 'data/figures/ 中的数字 / figure in data/figures/',
  FigureCard: 'data/figures/ 中的数字 / figure in data/figures/',
  Map: '行政区划代码 / region code',
};

export function checkPages(input: PagesInput): { problems: Problem[]; warnings: Problem[]; count: number } {
  let names: string[];
  try {
    names = readdirSync(input.pagesDir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return { problems: [], warnings: [], count: 0 };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const known = { Chart: input.chartIds, Figure: input.figureIds, FigureCard: input.figureIds, Map: input.regionCodes };
  for (const name of names) {
    const path = join(input.pagesDir, name);
    const file = input.rel(path);
    const source = readFileSync(path, 'utf8');
    const page = name.replace(/\.mdx$/, '');
    if (RESERVED_PAGE_NAMES.has(page)) {
      problems.push({ file, message: `/${page}/ 是本站已有的栏目，编者页面不能用这个名字 / /${page}/ is one of the site's own sections`, fix: '给文件换一个名字 / rename the file' });
    }
    const split = splitFrontmatter(source);
    if (!split) {
      problems.push({ file, line: 1, message: '文件开头缺少 --- 包围的元数据（title、description） / the file does not start with a --- frontmatter block (title, description)' });
      continue;
    }
    const yaml = parseYaml(split.yaml);
    const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + split.yamlStartLine - 1);
    const parsed = editorialPageSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) problems.push(...zodIssuesToProblems(parsed.error.issues, file, (path) => toFileLine(yaml.lineOf(path))));
    for (const use of componentUses(split.body, split.bodyStartLine)) {
      const attribute = EDITORIAL_COMPONENTS[use.component];
      if (use.id === undefined) {
        problems.push({ file, line: use.line, message: `<${use.component}> 缺少 ${attribute}="…" / <${use.component}> needs ${attribute}="…"` });
      } else if (!known[use.component].has(use.id)) {
        problems.push({ file, line: use.line, field: `<${use.component} ${attribute}>`, message: `没有这个${WHAT[use.component].split(' / ')[0]}：${use.id} / there is no ${WHAT[use.component].split(' / ')[1]} ${use.id}` });
      }
    }
    const texts: EditorText[] = [];
    if (parsed.success) texts.push({ field: 'title', text: parsed.data.title }, { field: 'description', text: parsed.data.description });
    let fenced = false;
    split.body.split('\n').forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      else if (!fenced && !/^\s*(import|export)\s/.test(line)) texts.push({ field: 'text', text: line, line: split.bodyStartLine + i });
    });
    warnings.push(...punctuationWarnings(file, source, texts));
  }
  return { problems, warnings, count: names.length };
}
