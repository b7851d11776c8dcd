/** One thing an editor must fix, located as precisely as we can. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  /** Dotted path of the field (e.g. "source.url", "regions.2"). */
  field?: string;
  /** What is wrong, Chinese first then English. */
  message: string;
  /** What to do about it, Chinese first then English. */
  fix?: string;
}

/** `file:line  field: message` followed by an indented hint, the way compilers print errors. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` [${problem.field}]` : '';
  const fix = problem.fix ? `\n    → ${problem.fix}` : '';
  return `${where}${field}\n    ${problem.message}${fix}`;
}

/** Thrown where a build must stop; the message holds every problem, formatted. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const count = problems.length;
    super(
      `内容有 ${count} 处问题，请修改后重试 / ${count} problem(s) in the content; fix and run again:\n\n` +
        problems.map(formatProblem).join('\n\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The messages say which file, line and field to fix; a stack trace of our code would not help an editor.
    this.stack = '';
  }
}
