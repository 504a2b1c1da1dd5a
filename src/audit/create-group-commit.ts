/**
 * Group commit: items handed over before the scheduled flush runs are committed together, in
 * one call, and each caller's promise settles only after that call returned (its item is
 * stored) or threw (then every caller in the group gets the error: none of them was stored).
 */
export function createGroupCommit<Item>(options: {
  /** Stores the whole group atomically, in order, or throws having stored none of it. */
  commit(items: Item[]): void;
  /** Runs `flush` once the current burst of work is over (a microtask, or setImmediate on Node). */
  schedule(flush: () => void): void;
}): (item: Item) => Promise<void> {
  let items: Item[] = [];
  let waiters: Array<{ resolve(): void; reject(error: unknown): void }> = [];
  const flush = () => {
    const group = items;
    const settle = waiters;
    items = [];
    waiters = [];
    try {
      options.commit(group);
    } catch (error) {
      for (const waiter of settle) waiter.reject(error);
      return;
    }
    for (const waiter of settle) waiter.resolve();
  };
  return function commitInGroup(item) {
    if (items.length === 0) options.schedule(flush);
    items.push(item);
    return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
  };
}
