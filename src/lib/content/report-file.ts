import { reportSchema, type ReportFrontmatter } from '../../schemas/report.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { hasControlCharacter } from './report-text.ts';
import { zodIssuesToProblems } from './zod-problems.ts';

/** A report file that passed validation. */
export interface ReportFile {
  /** URL slug: the frontmatter's `slug`, or the file name without `.md`. */
  slug: string;
  data: ReportFrontmatter;
  body: string;
  /** 1-based line of the file where the Markdown body starts. */
  bodyStartLine: number;
}

export interface ReportFileResult {
  report?: ReportFile;
  problems: Problem[];
}

/** Unknown fields are refused. Made once: building the strict schema cost 0.26 ms per report, more than validating with it. */
const strictReportSchema = reportSchema.strict();

const PLACEHOLDER_SUMMARY = /待编辑|to be written/i;
/** A converter's pinyin gloss right after a character, e.g. 發(fā); the importer removes them. */
const PINYIN_GLOSS = /[\u3400-\u9fff]\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/u;

/**
 * Validates one report file without rendering it: frontmatter syntax and schema, and the promises
 * the frontmatter makes about the body (corrections and unresolved notes quote it).
 */
export function readReportFile(file: string, source: string): ReportFileResult {
  const split = splitFrontmatter(source);
  if (!split) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: '文件开头缺少 --- 包围的元数据 / the file does not start with a --- frontmatter block',
          fix: '用 npm run import 生成报告文件，或照 content/reports 中已有文件的开头补上 / create it with npm run import, or copy the head of an existing report',
        },
      ],
    };
  }
  const yaml = parseYaml(split.yaml);
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + split.yamlStartLine - 1);
  if (yaml.errors.length > 0) {
    return {
      problems: yaml.errors.map((error) => ({
        file,
        line: toFileLine(error.line) ?? 1,
        message: `元数据 YAML 写法有误 / the YAML frontmatter does not parse: ${error.message}`,
        fix: '检查冒号、引号和缩进；含冒号的值请加英文双引号 / check colons, quotes and indentation; quote values that contain a colon',
      })),
    };
  }
  const parsed = strictReportSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    return { problems: zodIssuesToProblems(parsed.error.issues, file, (path) => toFileLine(yaml.lineOf(path))) };
  }
  const data = parsed.data;
  const problems: Problem[] = [];
  // A YAML escape ("\x01") writes a control character no byte check sees; a title with one made feed.xml unreadable.
  for (const path of controlCharacterFields(yaml.data)) {
    const line = toFileLine(yaml.lineOf(path));
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      field: path.join('.'),
      message: '字段中有控制字符（多由 YAML 转义 \\x.. 或 \\u.. 写入） / the field holds a control character (usually a YAML escape such as \\x01)',
      fix: '删去该转义，只写可见的文字 / delete the escape and write visible text only',
    });
  }
  const bodyLineOf = (needle: string): number | undefined => {
    const at = split.body.indexOf(needle);
    return at < 0 ? undefined : split.bodyStartLine + split.body.slice(0, at).split('\n').length - 1;
  };
  // Problems located in the file; a line the YAML parser cannot give is left out, not guessed.
  const at = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) =>
    problems.push(line === undefined ? { file, ...problem } : { file, line, ...problem });
  const mustStandInBody = (list: 'corrections' | 'unresolved', key: 'now' | 'text', texts: string[], what: string, fix: string) =>
    texts.forEach((text, i) => {
      if (split.body.includes(text)) return;
      at(toFileLine(yaml.lineOf([list, i, key])), {
        field: `${list}.${i}.${key}`,
        message: `${what}在正文中找不到：「${text}」 / the ${list === 'corrections' ? 'corrected text' : 'unresolved passage'} is not in the report body`,
        fix,
      });
    });
  mustStandInBody('corrections', 'now', data.corrections.map((c) => c.now), '更正后的文字', '更正记录的 now 必须与正文一字不差 / `now` must match the body exactly');
  mustStandInBody('unresolved', 'text', data.unresolved.map((u) => u.text), '待核实的文字', '摘录正文原文，一字不差 / quote the body exactly');
  if (PLACEHOLDER_SUMMARY.test(data.summary)) {
    at(toFileLine(yaml.lineOf(['summary'])), {
      field: 'summary',
      message: '摘要还是导入时的占位文字 / the summary is still the importer placeholder',
      fix: '用一到三句话写出报告要点 / write one to three sentences on what the report says',
    });
  }
  const gloss = PINYIN_GLOSS.exec(split.body);
  if (gloss) {
    at(bodyLineOf(gloss[0]), {
      message: `正文中残留转换器加注的拼音「${gloss[0]}」 / a converter's pinyin gloss is left in the text`,
      fix: '删去括号和拼音，只留汉字 / delete the bracketed pinyin, keep the character',
    });
  }
  const slug = data.slug ?? file.split('/').pop()!.replace(/\.md$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      field: 'slug',
      message: `文件名「${slug}」不能用作网址 / the file name cannot be a URL slug`,
      fix: '文件名只用小写字母、数字和连字符，如 2021-07-chifeng-diaoyan.md / use a-z, 0-9 and hyphens only',
    });
  }
  if (problems.length > 0) return { problems };
  return { report: { slug, data, body: split.body, bodyStartLine: split.bodyStartLine }, problems: [] };
}

/** Paths of the string values (and keys) in parsed YAML that hold a control character. */
function controlCharacterFields(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return hasControlCharacter(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacterFields(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(hasControlCharacter(key) ? [[...path, key]] : []),
      ...controlCharacterFields(item, [...path, key]),
    ]);
  }
  return [];
}
