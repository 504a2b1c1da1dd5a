import type { TextSlot } from "../types.ts";
import { leafSlots } from "./leaf-slots.ts";
import { slotAt } from "./slot-at.ts";

/**
 * One text slot per string and number leaf, and per object key, of the JSON source held in
 * the string at `container[key]` (tool-call arguments), read as leafSlots reads an object: a
 * card number sent as a JSON number and a map keyed by emails are values too. Writing a slot
 * writes the whole source back, re-serialised. Source that does not parse is one text slot.
 */
export function jsonSourceLeafSlots(container: Record<string, unknown>, key: string): TextSlot[] {
  const source = container[key];
  if (typeof source !== "string" || source.length === 0) return [];
  let parsed: { value: unknown };
  try {
    parsed = { value: JSON.parse(source) as unknown };
  } catch {
    const slot = slotAt(container, key);
    return slot ? [slot] : [];
  }
  return leafSlots(parsed, "value", { keys: true }).map((slot) => ({
    text: slot.text,
    encoding: slot.encoding,
    write(next) {
      slot.write(next);
      container[key] = JSON.stringify(parsed.value);
    },
  }));
}
