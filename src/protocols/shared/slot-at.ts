import type { TextSlot } from "../types.ts";

/**
 * The string at `container[key]` (an object's field or an array's item) as a text slot that
 * writes back in place, or undefined when there is no non-empty string there.
 */
export function slotAt(
  container: Record<string | number, unknown> | unknown[],
  key: string | number,
  encoding: TextSlot["encoding"] = "text",
): TextSlot | undefined {
  const record = container as Record<string | number, unknown>;
  const text = record[key];
  if (typeof text !== "string" || text.length === 0) return undefined;
  return {
    text,
    encoding,
    write(next) {
      record[key] = next;
    },
  };
}
