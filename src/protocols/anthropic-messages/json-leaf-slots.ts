import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";
import type { JsonObject } from "./json-value.ts";

/**
 * One text slot per string and number leaf, and per object key, of the JSON value at
 * `container[key]`, however deeply nested. Anthropic sends a `tool_use` block's `input` as
 * an object, not as JSON source in a string (OpenAI's `arguments`), so each leaf is redacted
 * as plain text and the object keeps its shape. Keys are read too: a parameter name holds
 * no value and stays as it is, but a map keyed by emails is data.
 */
export function jsonLeafSlots(container: JsonObject, key: string | number): TextSlot[] {
  return leafSlots(container, key, { keys: true });
}
