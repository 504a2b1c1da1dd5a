import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";

type Container = Record<string, unknown>;

/** A field's own name as a slot (the vendor reads it too): writing renames the field, its value moving with it. */
function fieldNameSlot(record: Container, field: string): TextSlot {
  return {
    text: field,
    encoding: "text",
    write(next) {
      if (next === field || !(field in record)) return;
      const value = record[field];
      delete record[field];
      record[next] = value;
    },
  };
}

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
    return [...leafSlots(record, field, { keys: true, opaqueKeys }), fieldNameSlot(record, field)];
  });
}
