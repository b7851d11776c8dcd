import { headersFor } from './security-headers.ts';

/** Cloudflare Pages reads no more rules than this from a _headers file. */
export const HEADERS_FILE_MAX_RULES = 100;

/** One block of a _headers file: a URL pattern and the headers of every URL it matches. */
export interface HeadersRule {
  pattern: string;
  headers: Record<string, string>;
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

/**
 * The _headers rules for a built site, given every file in it (paths relative to the site, with
 * `/`). Hosts that read _headers (Netlify, Cloudflare Pages) apply every rule whose pattern
 * matches, joining the values of a header two rules both set: a CSP for `/*` and another for
 * `/embed/*` reach an embed as two policies, and the stricter one forbids framing it. So no URL
 * of the site matches two rules: a folder whose every URL gets the same headers is one `/folder/*`
 * rule, and a folder that mixes (the top level: embeds and hashed assets beside pages) gets a
 * rule for each file and subfolder in it. Headers are those of an HTTPS response: these hosts
 * serve over HTTPS.
 */
export function headersRules(files: readonly string[]): HeadersRule[] {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.split('/');
    const name = parts.pop()!;
    let folder = root;
    for (const part of parts) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { files: [], folders: new Map() }));
      folder = next;
    }
    // The file itself is read by the host, never served.
    if (folder !== root || name !== '_headers') folder.files.push(name);
  }
  const rules = rulesFor(root, '/', true);
  if (rules.length > HEADERS_FILE_MAX_RULES) {
    throw new Error(
      `_headers 需要 ${rules.length} 条规则，超过 Cloudflare Pages 读取的上限 ${HEADERS_FILE_MAX_RULES} 条：网站顶层的文件太多，请把 public/ 里的文件放进文件夹 / ` +
        `_headers needs ${rules.length} rules, more than the ${HEADERS_FILE_MAX_RULES} Cloudflare Pages reads: the site has too many files at its top level; put the files of public/ in folders`,
    );
  }
  return rules;
}

/** The text of a _headers file holding these rules. */
export function headersFile(rules: readonly HeadersRule[]): string {
  const blocks = rules.map(
    ({ pattern, headers }) => `${pattern}\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`,
  );
  const intro = [
    '# Written by npm run build from src/lib/security-headers.ts, the policy scripts/nginx/laoqu.conf follows.',
    '# No URL matches two rules: hosts that apply every matching rule would send a header twice.',
  ];
  return `${intro.join('\n')}\n\n${blocks.join('\n')}`;
}

function rulesFor(folder: Folder, prefix: string, top: boolean): HeadersRule[] {
  const urls = urlsIn(folder, prefix);
  const first = JSON.stringify(headersFor(urls[0] ?? prefix, { https: true }));
  if (!top && urls.every((url) => JSON.stringify(headersFor(url, { https: true })) === first)) {
    return [{ pattern: `${prefix}*`, headers: headersFor(prefix, { https: true }) }];
  }
  const rules: HeadersRule[] = [];
  // The folder's own URL, which hosts answer with its index.html.
  if (folder.files.includes('index.html')) rules.push({ pattern: prefix, headers: headersFor(prefix, { https: true }) });
  for (const name of [...folder.files].sort()) {
    rules.push({ pattern: `${prefix}${patternSafe(name, prefix)}`, headers: headersFor(`${prefix}${name}`, { https: true }) });
  }
  for (const [name, sub] of [...folder.folders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    rules.push(...rulesFor(sub, `${prefix}${patternSafe(name, prefix)}/`, false));
  }
  return rules;
}

/** Every URL a folder's files are reached by: each file, and each folder with an index.html by its own URL. */
function urlsIn(folder: Folder, prefix: string): string[] {
  return [
    ...(folder.files.includes('index.html') ? [prefix] : []),
    ...folder.files.map((name) => `${prefix}${name}`),
    ...[...folder.folders].flatMap(([name, sub]) => urlsIn(sub, `${prefix}${name}/`)),
  ];
}

/** A name written into a pattern as it is: `*`, a leading `:` or a space would change what the rule matches. */
function patternSafe(name: string, prefix: string): string {
  if (/[\s*]|^:|^#/.test(name)) {
    throw new Error(
      `${prefix}${name}：文件名含有 _headers 的特殊字符（空白、*、开头的 : 或 #），请改名 / ` +
        `${prefix}${name}: the name holds a character _headers treats specially (white space, *, or a leading : or #); rename it`,
    );
  }
  return name;
}

/** The rules of a _headers file: each unindented line a pattern, the indented lines under it its headers. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule, or without a colon: ${line.trim()}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a rule's pattern matches a URL path: `*` matches any run of characters, `/` included. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host that applies every matching rule sends for a URL path (Cloudflare Pages
 * does, and joins two values of one header with a comma): each header with every value it gets.
 */
export function headersAppliedTo(rules: readonly HeadersRule[], pathname: string): Record<string, string[]> {
  const applied: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of Object.entries(rule.headers)) (applied[name] ??= []).push(value);
  }
  return applied;
}
