/** Runs `work` on each item, at most `limit` at a time. */
export async function inFlight<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Runs `work` once per item, `limit` at a time. @returns items per second */
export async function perSecond<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  await inFlight(items, limit, work);
  return items.length / ((performance.now() - started) / 1000);
}
