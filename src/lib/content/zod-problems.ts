import type { z } from 'zod';
import type { Problem } from './problem.ts';

/**
 * Turns zod issues into editor-facing problems. Zod's own messages are English and terse; an
 * editor at a 老促会 needs to know, in Chinese, which field and what to write instead.
 */
export function zodIssuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  return issues.flatMap(closestBranch).map((issue) => {
    const field = issue.path.map(String).join('.');
    // An unknown key is best pointed at where it is written, not at its parent.
    const line = lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
    const problem: Problem = { file, field: field || '(frontmatter)', message: describe(issue) };
    if (line !== undefined) problem.line = line;
    return problem;
  });
}

/**
 * A value that fits none of a union's forms (a figure's time) is best explained by the form it
 * came closest to: the branch with the fewest issues, unless the schema gave its own message.
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0 || issue.message !== 'Invalid input') return [issue];
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
  return best.flatMap((inner) => closestBranch({ ...inner, path: [...issue.path, ...inner.path] }));
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return `缺少必填字段 / required field is missing (expected ${issue.expected})`;
      }
      return `类型不对：应为 ${issue.expected} / wrong type: expected ${issue.expected}`;
    case 'too_small':
      return issue.message.includes('/')
        ? issue.message
        : `内容太短或太少 / too short or too few: ${issue.message}`;
    case 'invalid_value':
      return `取值应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')} 之一 / must be one of ${issue.values
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join(', ')}（拼写是否有误？）/ unknown field(s) ${issue.keys.join(', ')} (misspelt?)`;
    case 'invalid_format':
      if (issue.format === 'url' && !issue.message.includes(' / ')) return `网址格式不对 / not a valid URL: write it in full, starting with https://`;
      return issue.message;
    default:
      return issue.message;
  }
}
