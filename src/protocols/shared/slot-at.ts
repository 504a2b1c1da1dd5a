import type { TextSlot } from "../types.ts";

/**
 * The string at `container[key]` as a text slot that writes back in place, or undefined
 * when there is no non-empty string there.
 */
export function slotAt(container: Record<string | number, unknown>, key: string | number, encoding: TextSlot["encoding"] = "text"): TextSlot | undefined {
  const text = container[key];
  if (typeof text !== "string" || text.length === 0) return undefined;
  return {
    text,
    encoding,
    write(next) {
      container[key] = next;
    },
  };
}
