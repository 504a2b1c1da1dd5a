import type { TextSlot } from "../types.ts";

type Container = Record<string | number, unknown>;

export interface LeafSlotOptions {
  /**
   * Keys whose values are not text a person or a tool wrote (ids, types, signatures,
   * vendor-encrypted blobs): left as they are, however deep, because changing them breaks
   * the request and they carry no values Veilgate issued or could read.
   */
  opaqueKeys?: ReadonlySet<string>;
  /** Object keys are slots too (a map keyed by emails is data, not a parameter name). */
  keys?: boolean;
}

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

/** The number's text as the vendor will read it; written back as a string once redacted. */
function numberSlot(parent: Container, key: string | number, value: number): TextSlot | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  return {
    text,
    encoding: "text",
    write(next) {
      if (next !== text) parent[key] = next;
    },
  };
}

/** A key of `parent` as a slot: writing renames the key (its value moves with it); undefined for the empty key. */
export function keySlot(parent: Container, key: string): TextSlot | undefined {
  if (key.length === 0) return undefined;
  return {
    text: key,
    encoding: "text",
    write(next) {
      if (next === key || !(key in parent)) return;
      const value = parent[key];
      delete parent[key];
      parent[next] = value;
    },
  };
}

/**
 * One text slot per string and number leaf of the JSON value at `container[key]`, however
 * deeply nested, each writing back into its own parent; with `keys`, one per object key as
 * well. A number's slot reads its decimal text, and a number that holds a value becomes the
 * placeholder's string. This is the fallback for content whose shape Veilgate does not know
 * field by field: everything in it is read, except what `opaqueKeys` names.
 */
export function leafSlots(container: Container | unknown[], key: string | number, options: LeafSlotOptions = {}): TextSlot[] {
  const slots: TextSlot[] = [];
  const visit = (parent: Container, childKey: string | number): void => {
    const value = parent[childKey];
    if (typeof value === "string") {
      if (value.length > 0) {
        slots.push({
          text: value,
          encoding: "text",
          write(next) {
            parent[childKey] = next;
          },
        });
      }
      return;
    }
    if (typeof value === "number") {
      const slot = numberSlot(parent, childKey, value);
      if (slot) slots.push(slot);
      return;
    }
    if (!isContainer(value)) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value as unknown as Container, index);
      return;
    }
    for (const name of Object.keys(value)) {
      if (options.opaqueKeys?.has(name)) continue;
      visit(value, name);
      if (options.keys) {
        const slot = keySlot(value, name);
        if (slot) slots.push(slot);
      }
    }
  };
  visit(container as Container, key);
  return slots;
}
