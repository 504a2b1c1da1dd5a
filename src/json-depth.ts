/** How deep a request's JSON may nest: far beyond any real request, and well within what recursive readers can walk. */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests objects and arrays deeper than `limit`; walked with a stack of its own, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
