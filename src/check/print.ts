import { formatProblem, type Problem } from '../lib/content/problem.ts';

/** Problems as compilers print errors: file:line [field], the message, then what to do. */
export function printProblems(problems: Problem[], print: (text: string) => void = console.error): void {
  for (const problem of problems) print(formatProblem(problem) + '\n');
}

/** What an editor should look at but that does not stop the build. */
export function printWarnings(warnings: Problem[]): void {
  for (const warning of warnings) console.warn(`⚠ ${formatProblem(warning)}\n`);
}
