import { leafSlots } from "../protocols/shared/leaf-slots.ts";

/** The leaves of JSON source held in a string (tool-call arguments), and a way to rewrite them. */
export interface JsonSlotLeaves {
  /** String values, numbers exactly as written, and object keys, in a fixed order. */
  readonly leaves: readonly string[];
  /**
   * The JSON source with leaf `i` replaced by `next[i]` (undefined: unchanged), or undefined
   * when nothing changed. A replaced number becomes a string; a replaced key renames it.
   */
  rewrite(next: ReadonlyArray<string | undefined>): string | undefined;
}

// Numbers are parsed as strings carrying this prefix, so their digits stay exactly as written
// (JSON.parse would round a 19-digit number) and they can be written back as numbers. The
// nonce keeps a string the caller wrote from ever passing for one.
const NUMBER_MARK = `\u0000number:${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("")}:`;
const MARKED_NUMBER = new RegExp(`"\\\\u0000number:${NUMBER_MARK.slice(8, -1)}:([-+0-9.eE]+)"`, "g");

/**
 * `text` with every number token outside strings quoted and marked; undefined if a string
 * never ends. The request's JSON fields were checked for depth before they get here
 * (handle-model-request.ts), so the recursive reader below is never handed a deep one.
 */
function markNumbers(text: string): string | undefined {
  let out = "";
  let copiedTo = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // Skip the string, escapes included.
      index++;
      while (index < text.length && text.charCodeAt(index) !== 0x22) index += text.charCodeAt(index) === 0x5c ? 2 : 1;
      if (index >= text.length) return undefined;
      index++;
      continue;
    }
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = index + 1;
      while (end < text.length && /[-+0-9.eE]/.test(text[end]!)) end++;
      out += `${text.slice(copiedTo, index)}"\\u0000${NUMBER_MARK.slice(1)}${text.slice(index, end)}"`;
      copiedTo = end;
      index = end;
      continue;
    }
    index++;
  }
  return out + text.slice(copiedTo);
}

const numberText = (value: string): string | undefined => (value.startsWith(NUMBER_MARK) ? value.slice(NUMBER_MARK.length) : undefined);

/**
 * Reads JSON source for redaction: each string value, each number as written and each object
 * key is a leaf, because a card number sent as a JSON number or a map keyed by emails is as
 * much a value as a string is. Undefined when `text` is not JSON.
 */
export function readJsonSlot(text: string): JsonSlotLeaves | undefined {
  const marked = markNumbers(text);
  if (marked === undefined) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(marked);
  } catch {
    return undefined;
  }
  const holder = { root };
  // Values and keys alike; each key's slot comes after its value's, so writing in order is safe.
  const slots = leafSlots(holder, "root", { keys: true });
  const leaves = slots.map((slot) => numberText(slot.text) ?? slot.text);
  return {
    leaves,
    rewrite(next) {
      if (!next.some((replacement, index) => replacement !== undefined && replacement !== leaves[index])) return undefined;
      slots.forEach((slot, index) => {
        const replacement = next[index];
        if (replacement !== undefined && replacement !== leaves[index]) slot.write(replacement);
      });
      return JSON.stringify(holder.root).replace(MARKED_NUMBER, "$1");
    },
  };
}
