/**
 * The valid entries of a JSON array file's text; [] when it does not parse. The loaders read
 * data files this way because the check step has already refused anything invalid, with
 * messages for editors.
 */
export function parseArray<T>(json: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
}
