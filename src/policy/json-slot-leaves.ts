import { ProxyError } from "../errors.ts";
import { MAX_JSON_DEPTH } from "../json-depth.ts";

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

type Container = Record<string | number, unknown>;
type Leaf = { kind: "value"; parent: Container; key: string | number } | { kind: "key"; parent: Container; key: string };

// Numbers are parsed as strings carrying this prefix, so their digits stay exactly as written
// (JSON.parse would round a 19-digit number) and they can be written back as numbers. The
// nonce keeps a string the caller wrote from ever passing for one.
const NUMBER_MARK = `\u0000number:${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("")}:`;
const MARKED_NUMBER = new RegExp(`"\\\\u0000number:${NUMBER_MARK.slice(8, -1)}:([-+0-9.eE]+)"`, "g");

/**
 * `text` with every number token outside strings quoted and marked; undefined if a string
 * never ends. Throws `invalid_request` for JSON nested deeper than MAX_JSON_DEPTH, which the
 * recursive reader below must not be handed.
 */
function markNumbers(text: string): string | undefined {
  let out = "";
  let copiedTo = 0;
  let index = 0;
  let depth = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new ProxyError("invalid_request", `JSON in a text field (such as tool-call arguments) nests more than ${MAX_JSON_DEPTH} levels deep; nothing was forwarded.`);
      }
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
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
  const holder: Container = { root };
  const leaves: Leaf[] = [];
  const texts: string[] = [];
  const visit = (parent: Container, key: string | number): void => {
    const value = parent[key];
    if (typeof value === "string") {
      leaves.push({ kind: "value", parent, key });
      texts.push(numberText(value) ?? value);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value as unknown as Container, index);
      return;
    }
    for (const name of Object.keys(value)) {
      visit(value as Container, name);
      leaves.push({ kind: "key", parent: value as Container, key: name });
      texts.push(name);
    }
  };
  visit(holder, "root");
  return {
    leaves: texts,
    rewrite(next) {
      if (!next.some((replacement, index) => replacement !== undefined && replacement !== texts[index])) return undefined;
      // Values first, then keys: renaming a key moves whatever value it holds by then.
      for (const kind of ["value", "key"] as const) {
        leaves.forEach((leaf, index) => {
          const replacement = next[index];
          if (leaf.kind !== kind || replacement === undefined || replacement === texts[index]) return;
          if (leaf.kind === "value") {
            leaf.parent[leaf.key] = replacement;
            return;
          }
          const value = leaf.parent[leaf.key];
          delete leaf.parent[leaf.key];
          leaf.parent[replacement] = value;
        });
      }
      return JSON.stringify(holder.root).replace(MARKED_NUMBER, "$1");
    },
  };
}
