import type { RestoreKit } from "../types.ts";
import { isJsonObject } from "./json-value.ts";

/**
 * Puts values back into every string leaf and object key of a JSON value, in place for
 * objects and arrays, and returns the value (a new string for a string). Each leaf is a
 * plain string once parsed, so values go back as-is ("text"), with no JSON escaping. Keys
 * are restored because requests redact them too (see jsonLeafSlots).
 */
export function restoreJsonLeaves(value: unknown, kit: RestoreKit): unknown {
  if (typeof value === "string") return kit.restore(value, "text");
  if (Array.isArray(value)) {
    for (const [index, child] of value.entries()) value[index] = restoreJsonLeaves(child, kit);
    return value;
  }
  if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const restoredKey = kit.restore(key, "text");
      if (restoredKey !== key) delete value[key];
      value[restoredKey] = restoreJsonLeaves(child, kit);
    }
  }
  return value;
}
