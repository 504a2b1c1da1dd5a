import type { TextSlot } from "../types.ts";
import type { JsonObject } from "./json-value.ts";

/**
 * The string at `container[key]` as a text slot that writes back in place, or no slot
 * when there is no non-empty string there. Returned as a list so callers can spread it.
 */
export function stringSlot(container: JsonObject, key: string | number): TextSlot[] {
  const text = container[key];
  if (typeof text !== "string" || text.length === 0) return [];
  return [
    {
      text,
      encoding: "text",
      write(next) {
        container[key] = next;
      },
    },
  ];
}
