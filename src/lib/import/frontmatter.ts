/**
 * Writes report frontmatter as YAML an editor can read and edit: every string double-quoted
 * (JSON string syntax is valid YAML, so no value is ever read as a date, number or alias),
 * fields in the schema's order, short lists on one line, and a comment above any field the
 * editor must check.
 */
import type { ReportFrontmatter } from '../../schemas/report.ts';

type Field = keyof ReportFrontmatter;

// Invisible characters (private-use, format, unassigned) are written as \uXXXX so the editor sees them.
const quote = (value: string): string =>
  JSON.stringify(value).replace(/[\p{Co}\p{Cf}\p{Cn}]/gu, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
const inlineList = (values: readonly string[]): string => `[${values.map(quote).join(', ')}]`;

/** The YAML text (between --- lines) and the line of each field in the file, 1-based. */
export interface WrittenFrontmatter {
  text: string;
  lineOf: Partial<Record<Field, number>>;
}

/**
 * Writes the frontmatter block, fences included.
 * @param notes a comment per field for the editor, written on the line above the field
 */
export function writeFrontmatter(
  data: ReportFrontmatter,
  notes: Partial<Record<Field, string>> = {},
): WrittenFrontmatter {
  const lines: string[] = ['---'];
  const lineOf: Partial<Record<Field, number>> = {};
  const field = (name: Field, ...body: string[]) => {
    const note = notes[name];
    if (note !== undefined) lines.push(`# ${note.replace(/\s*\n\s*/gu, ' ')}`);
    lineOf[name] = lines.length + 1;
    lines.push(...body);
  };

  field('title', `title: ${quote(data.title)}`);
  if (data.subtitle !== undefined) field('subtitle', `subtitle: ${quote(data.subtitle)}`);
  field('date', `date: ${quote(data.date)}`);
  field('publisher', `publisher: ${quote(data.publisher)}`);
  field('authors', `authors: ${inlineList(data.authors)}`);
  field('regions', `regions: ${inlineList(data.regions)}`);
  field('topics', `topics: ${inlineList(data.topics)}`);
  field('script', `script: ${quote(data.script)}`);
  field(
    'source',
    'source:',
    `  name: ${quote(data.source.name)}`,
    ...(data.source.url === undefined ? [] : [`  url: ${quote(data.source.url)}`]),
    ...(data.source.retrieved === undefined ? [] : [`  retrieved: ${quote(data.source.retrieved)}`]),
  );
  field('summary', `summary: ${quote(data.summary)}`);
  field(
    'corrections',
    ...(data.corrections.length === 0
      ? ['corrections: []']
      : [
          'corrections:',
          ...data.corrections.flatMap((c) => [
            `  - was: ${quote(c.was)}`,
            `    now: ${quote(c.now)}`,
            `    reason: ${quote(c.reason)}`,
          ]),
        ]),
  );
  field(
    'unresolved',
    ...(data.unresolved.length === 0
      ? ['unresolved: []']
      : [
          'unresolved:',
          ...data.unresolved.flatMap((u) => [`  - text: ${quote(u.text)}`, `    note: ${quote(u.note)}`]),
        ]),
  );
  if (data.slug !== undefined) field('slug', `slug: ${quote(data.slug)}`);
  lines.push('---');
  return { text: `${lines.join('\n')}\n`, lineOf };
}
