/**
 * npm run import -- FILE… [--out DIR] [--force]
 * Turns copied pages (.txt), saved pages (.html) and Word files (.docx) into report files in
 * content/reports/ and prints what an editor must check. Writes nothing if any input is
 * unreadable or any report file already exists (unless --force).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFlags, formatSummary } from '../src/lib/import/format-flags.ts';
import { importPage, type ImportedReport } from '../src/lib/import/import-page.ts';
import { readInput, UnreadableInputError } from '../src/lib/import/read-input.ts';
import type { Flag } from '../src/lib/import/types.ts';

const USAGE =
  '用法:npm run import -- 文件… [--out 目录] [--force]\n' +
  'Usage: npm run import -- FILE… [--out DIR] [--force]  (.txt, .html, .docx; default out: content/reports)';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

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
  process.exit(0);
}
if (positionals.length === 0) fail(`没有指定要导入的文件。/ No input file given.\n${USAGE}`);

const planned: { input: string; report: ImportedReport; path: string }[] = [];
const notes: string[] = [];
let glossesRemoved = 0;
for (const input of positionals) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch {
    fail(`${input}: 无法读取文件(不存在或无权限)。请检查路径。\n${input}: cannot read the file (missing or no permission). Check the path.`);
  }
  try {
    const { text, notes: inputNotes } = await readInput(basename(input), bytes);
    notes.push(...inputNotes.map((note) => `${note.zh}\n${note.en}`));
    const page = importPage(text);
    glossesRemoved += page.glossesRemoved;
    for (const report of page.reports) planned.push({ input, report, path: join(values.out, `${report.slug}.md`) });
  } catch (error) {
    if (error instanceof UnreadableInputError) fail(error.message);
    throw error;
  }
}

const clashing = planned.filter(({ path }) => existsSync(path));
if (clashing.length > 0 && !values.force) {
  fail(
    clashing.map(({ path }) => `${path}: 报告文件已存在,未写入任何文件。要覆盖请加 --force。\n${path}: report file exists; nothing was written. Add --force to overwrite.`).join('\n'),
  );
}

await mkdir(values.out, { recursive: true });
const allFlags: Flag[] = [];
for (const { input, report, path } of planned) {
  await writeFile(path, report.markdown, 'utf8');
  allFlags.push(...report.flags);
  console.log(`${formatFlags(relative(process.cwd(), path) || path, basename(input), report.flags, /\.te?xt$/iu.test(input))}\n`);
}
for (const note of notes) console.log(`${note}\n`);
console.log(formatSummary(planned.length, allFlags, glossesRemoved));
