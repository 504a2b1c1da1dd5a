import { keySlot, leafSlots } from "./leaf-slots.ts";
import type { TextSlot } from "../types.ts";

type Container = Record<string, unknown>;

/**
 * Every field of `record` that `skipped` does not list (the fields read by name, and
 * settings that hold no text), read whole: each leaf, each object key and the field's own
 * name. The OpenAI schemas are loose, so whatever a caller adds reaches the vendor; reading
 * it is how it reaches the vendor redacted. `opaqueKeys` are left alone at any depth.
 */
export function unnamedFieldSlots(record: Container, skipped: ReadonlySet<string>, opaqueKeys?: ReadonlySet<string>): TextSlot[] {
  return Object.keys(record).flatMap((field) => {
    if (skipped.has(field)) return [];
    // The name's slot comes after the value's, so the value is written before the field is renamed.
    const values = leafSlots(record, field, { keys: true, opaqueKeys });
    const name = keySlot(record, field);
    return name ? [...values, name] : values;
  });
}
