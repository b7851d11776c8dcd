import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** A report file split into its YAML frontmatter and Markdown body. */
export interface SplitFile {
  yaml: string;
  body: string;
  /** 1-based line in the file where the YAML starts (after the opening ---). */
  yamlStartLine: number;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
}

export function splitFrontmatter(source: string): SplitFile | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  const bodyStartLine = match[0].split('\n').length;
  return { yaml, body: text.slice(match[0].length), yamlStartLine: 2, bodyStartLine };
}

export interface ParsedYaml {
  data: unknown;
  /** Errors from the YAML parser, with their line in the YAML text. */
  errors: { line: number; message: string }[];
  /** The line (in the YAML text) of the value at a path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML safely: the core schema only (no custom tags), and a bounded number of alias
 * expansions so a "billion laughs" file cannot exhaust memory.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const errors = doc.errors.map((error) => ({
    line: error.linePos?.[0]?.line ?? 1,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  let data: unknown = undefined;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ line: 1, message: (error as Error).message });
    }
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = rangeLine(node as Node | null);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
        if (!pair) break;
        line = rangeLine(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
      } else break;
      line = rangeLine(node as Node | null) ?? line;
    }
    return line;
  };
  function rangeLine(node: Node | null | undefined): number | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line;
  }
  return { data, errors, lineOf };
}
