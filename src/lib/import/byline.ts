/**
 * Bylines: the line under a title naming who wrote the report (保定市老區建設促進會;
 * 中共阜新市委 阜新市人民政府), and the closing signature in brackets ((赤峰市老促会)).
 * Recognised by the endings of Chinese body names, so a short sentence is not taken for one.
 */
const BODY_ENDING = /(?:会|會|室|办|辦|委|府|局|厅|廳|部|社|院|所|组|組|站|中心|协会|協會|研究会|研究會)$/u;
const NAME = /^[\p{Script=Han}·]{3,24}$/u;

/** The bodies a byline line names, or undefined when the line is no byline. */
export function parseByline(line: string): string[] | undefined {
  const names = line.trim().split(/[\s\u00a0\u3000]+/u).filter(Boolean);
  if (names.length === 0 || names.length > 4) return undefined;
  return names.every((name) => NAME.test(name) && BODY_ENDING.test(name)) ? names : undefined;
}

/** The body a closing signature names ((赤峰市老促会) → 赤峰市老促会), or undefined. */
export function parseSignature(line: string): string | undefined {
  const match = /^[(（]([^()（）]+)[)）]$/u.exec(line.trim());
  const inner = match?.[1]?.trim();
  return inner !== undefined && parseByline(inner)?.length === 1 ? inner : undefined;
}
