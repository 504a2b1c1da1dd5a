import type { RestoreKit } from "../types.ts";

/**
 * Puts values back into a JSON value (a `tool_use` block's `input`) and returns the new
 * value. It restores the value's JSON source as one piece ("json-string": values go back
 * escaped), exactly as the stream path restores the same input arriving as partial JSON,
 * so both follow one URL context across the whole input and restore keys as well as
 * values (requests redact both, see jsonLeafSlots).
 */
export function restoreJsonLeaves(value: unknown, kit: RestoreKit): unknown {
  if (typeof value === "string") return kit.restore(value, "text");
  return JSON.parse(kit.restore(JSON.stringify(value), "json-string")) as unknown;
}
