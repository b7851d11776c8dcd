// npm run check: validates content/ and data/ against the schemas and proves every figure in its
// report's text, without building the site.
import { performance } from 'node:perf_hooks';
import { contentPaths } from '../src/content-paths.ts';
import { checkContent } from '../src/check/content.ts';
import { printProblems, printWarnings } from '../src/check/print.ts';

const started = performance.now();
const { problems, warnings, counts } = await checkContent({ root: process.cwd(), ...contentPaths });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ');
printWarnings(warnings);
if (problems.length > 0) {
  printProblems(problems);
  console.error(`✗ 发现 ${problems.length} 处问题 / ${problems.length} problem(s) found (${summary}; ${seconds} s)`);
  process.exit(1);
}
const noted = warnings.length > 0 ? `；${warnings.length} 处提示见上 / ${warnings.length} note(s) above` : '';
console.log(`✓ 内容与数据均有效 / content and data are valid: ${summary} (${seconds} s)${noted}`);
