import type { TextSlot } from "../types.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { stringSlot } from "./string-slot.ts";

/**
 * One text slot per string leaf of the JSON value at `container[key]`, however deeply
 * nested, each writing back into its own parent. Anthropic sends a `tool_use` block's
 * `input` as an object, not as JSON source in a string (OpenAI's `arguments`), so each
 * leaf is redacted as plain text and the object keeps its shape. Keys are left alone:
 * they are the tool's parameter names.
 */
export function jsonLeafSlots(container: JsonObject, key: string | number): TextSlot[] {
  const value = container[key];
  if (typeof value === "string") return stringSlot(container, key);
  if (Array.isArray(value)) {
    // An array is a JsonObject indexed by position as far as writing back is concerned.
    const list = value as unknown as JsonObject;
    return value.flatMap((_, index) => jsonLeafSlots(list, index));
  }
  if (isJsonObject(value)) return Object.keys(value).flatMap((childKey) => jsonLeafSlots(value, childKey));
  return [];
}
