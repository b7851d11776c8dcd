/**
 * npm run import -- FILE… [--out DIR] [--force]
 * Turns copied pages (.txt), saved pages (.html), Word files (.docx) and PDFs into report files
 * in content/reports/ and prints what an editor must check. Writes nothing if any input is
 * unreadable, if two inputs would make one file, or if any report file already exists (unless
 * --force). Never ends in a stack trace: every failure is a message and a non-zero exit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatFlags, formatSummary } from '../src/lib/import/format-flags.ts';
import { importPage, type ImportedReport } from '../src/lib/import/import-page.ts';
import { MAX_INPUT_BYTES, readInput, UnreadableInputError } from '../src/lib/import/read-input.ts';
import { unlistedRegionsFlag } from '../src/lib/import/site-regions.ts';
import type { Flag } from '../src/lib/import/types.ts';

const USAGE =
  '用法:npm run import -- 文件… [--out 目录] [--force]\n' +
  'Usage: npm run import -- FILE… [--out DIR] [--force]  (.txt, .html, .docx, .pdf; default out: content/reports)';
// The codes the check accepts: the national list (generated, see data/geo/README.md).
const SITE_REGIONS = fileURLToPath(new URL('../data/geo/gb2260.json', import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The codes the site's region list holds, or undefined when there is no list to compare with. */
function siteRegionCodes(): Set<string> | undefined {
  try {
    const list = JSON.parse(readFileSync(SITE_REGIONS, 'utf8')) as unknown;
    return Array.isArray(list) ? new Set(list.flatMap((entry: { id?: unknown }) => (typeof entry?.id === 'string' ? [entry.id] : []))) : undefined;
  } catch {
    return undefined;
  }
}

async function readReports(input: string): Promise<{ reports: ImportedReport[]; notes: string[]; glossesRemoved: number; sameLines: boolean }> {
  const size = await stat(input).then(
    (info) => (info.isFile() ? info.size : undefined),
    () => undefined,
  );
  if (size === undefined) {
    fail(`${input}:无法读取文件(不存在、无权限或不是文件)。请检查路径。\n${input}: cannot read the file (missing, no permission, or not a file). Check the path.`);
  }
  if (size > MAX_INPUT_BYTES) {
    fail(
      `${input}:文件有 ${Math.round(size / 2 ** 20)} MB,超过导入上限 ${MAX_INPUT_BYTES / 2 ** 20} MB。请只提供报告本身。\n` +
        `${input}: the file is ${Math.round(size / 2 ** 20)} MB, over the importer's limit of ${MAX_INPUT_BYTES / 2 ** 20} MB. Give the report alone.`,
    );
  }
  const { text, notes, hints, sameLines } = await readInput(basename(input), await readFile(input));
  const page = importPage(text, hints);
  return { reports: page.reports, notes: notes.map((note) => `${note.zh}\n${note.en}`), glossesRemoved: page.glossesRemoved, sameLines };
}

async function main(): Promise<void> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: { out: { type: 'string', default: 'content/reports' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      return fail(`${(error as Error).message}\n${USAGE}`);
    }
  })();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0) fail(`没有指定要导入的文件。/ No input file given.\n${USAGE}`);

  const planned: { input: string; report: ImportedReport; path: string; sameLines: boolean }[] = [];
  const notes: string[] = [];
  let glossesRemoved = 0;
  for (const input of positionals) {
    const read = await readReports(input);
    notes.push(...read.notes);
    glossesRemoved += read.glossesRemoved;
    for (const report of read.reports) planned.push({ input, report, path: join(values.out, `${report.slug}.md`), sameLines: read.sameLines });
  }

  // Two inputs that make one file: neither is written, so neither silently replaces the other.
  const byPath = Map.groupBy(planned, ({ path }) => path);
  const clashes = [...byPath].filter(([, entries]) => entries.length > 1);
  if (clashes.length > 0) {
    fail(
      clashes
        .map(([path, entries]) => {
          const inputs = entries.map(({ input }) => input).join('、');
          return `${path}:${inputs} 会写成同一个报告文件,未写入任何文件。请分开导入,导入第一个后把它改名(如在关键词后加 -2)再导入另一个。\n` +
            `${path}: ${entries.map(({ input }) => input).join(', ')} would make the same report file; nothing was written. Import them one at a time, renaming the first file (e.g. add -2) before importing the next.`;
        })
        .join('\n'),
    );
  }
  const existing = planned.filter(({ path }) => existsSync(path));
  if (existing.length > 0 && !values.force) {
    fail(
      existing.map(({ path }) => `${path}:报告文件已存在,未写入任何文件。要覆盖请加 --force。\n${path}: report file exists; nothing was written. Add --force to overwrite.`).join('\n'),
    );
  }

  const siteCodes = siteRegionCodes();
  const listPath = relative(process.cwd(), SITE_REGIONS) || SITE_REGIONS;
  await mkdir(values.out, { recursive: true });
  const allFlags: Flag[] = [];
  for (const { input, report, path, sameLines } of planned) {
    await writeFile(path, report.markdown, 'utf8');
    const regionsLine = report.flags.find((flag) => flag.kind === 'guessed-regions' || flag.kind === 'ambiguous-region')?.outputLine;
    const unlisted = siteCodes && unlistedRegionsFlag(report.frontmatter.regions, siteCodes, listPath, regionsLine);
    const flags = unlisted ? [...report.flags, unlisted] : report.flags;
    allFlags.push(...flags);
    console.log(`${formatFlags(relative(process.cwd(), path) || path, basename(input), flags, sameLines)}\n`);
  }
  for (const note of notes) console.log(`${note}\n`);
  console.log(formatSummary(planned.length, allFlags, glossesRemoved));
}

main().catch((error: unknown) => {
  if (error instanceof UnreadableInputError) fail(error.message);
  // Anything else is the importer's own fault, not the editor's: say so, and what to send.
  fail(
    `导入失败(导入程序内部错误):${(error as Error)?.message ?? String(error)}。未写入任何文件;请把输入文件和这条消息交给维护者。\n` +
      `Import failed (an error in the importer itself): ${(error as Error)?.message ?? String(error)}. Nothing was written; send the input file and this message to the maintainers.`,
  );
});
