// npm run check: validates content/ and data/ against the schemas, without rendering.
import { performance } from 'node:perf_hooks';
import { contentPaths } from '../src/content-paths.ts';
import { checkContent, printProblems } from './lib/check-content.ts';

const started = performance.now();
const { problems, notes, counts } = await checkContent({ root: process.cwd(), ...contentPaths });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ');
if (notes.length > 0) {
  console.log(`提示 / notes (${notes.length})：无须修改，但请留意 / nothing to fix, but worth knowing:\n`);
  printProblems(notes, console.log);
}
if (problems.length > 0) {
  printProblems(problems);
  console.error(`✗ 发现 ${problems.length} 处问题 / ${problems.length} problem(s) found (${summary}; ${seconds} s)`);
  process.exit(1);
}
console.log(`✓ 内容与数据均有效 / content and data are valid: ${summary} (${seconds} s)`);
