/**
 * Runs `run` over `items`, in order, with at most `limit` running at once. The first failure
 * stops new items from starting and is thrown once the running ones have settled.
 */
export async function runLimited<T>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      await run(items[index]!, index).catch((error: unknown) => (failed ??= { error }));
    }
  };
  await Promise.all(Array.from({ length: Math.max(0, Math.min(limit, items.length)) }, lane));
  if (failed) throw failed.error;
}
