import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { jsonLeafSlots } from "./json-leaf-slots.ts";
import { OPAQUE_KEYS } from "./opaque-keys.ts";

/** Blocks whose `input` object holds what the model (or the caller) filled a tool's parameters with. */
export const TOOL_INPUT_BLOCK_TYPES: ReadonlySet<string> = new Set(["tool_use", "server_tool_use", "mcp_tool_use"]);

/** Blocks the vendor signs: it rejects a resent block whose text changed by one character. */
const SIGNED_BLOCK_TYPES: ReadonlySet<string> = new Set(["thinking", "redacted_thinking"]);

/** Every string and number leaf of `container[field]`, except under {@link OPAQUE_KEYS}. */
function everyLeaf(container: JsonObject | unknown[], field: string | number): TextSlot[] {
  return leafSlots(container, field, { opaqueKeys: OPAQUE_KEYS });
}

const isBlock = (item: unknown): item is JsonObject & { type: string } => isJsonObject(item) && typeof item.type === "string";

/**
 * `container[field]` as content: a list whose blocks each have slots of their own (see
 * {@link contentBlockSlots}), or a string or anything else, read leaf by leaf.
 */
export function contentSlots(container: JsonObject, field: string): TextSlot[] {
  const content = container[field];
  if (!Array.isArray(content)) return everyLeaf(container, field);
  return content.flatMap((item, index) => (isBlock(item) ? contentBlockSlots(item) : everyLeaf(content, index)));
}

/**
 * An image's or a document's source. Base64 data is binary and not ours to read: the
 * request schema refuses it except for images of a real image type. Nested content is
 * read block by block; a text source's data, a URL the vendor fetches (PII in its query
 * string would leave) and any other source are read leaf by leaf.
 */
function sourceSlots(block: JsonObject): TextSlot[] {
  const source = block.source;
  if (!isJsonObject(source)) return everyLeaf(block, "source");
  if (source.type === "base64") return [];
  if (source.type === "content") return contentSlots(source, "content");
  return everyLeaf(block, "source");
}

function fieldSlots(block: JsonObject & { type: string }, field: string): TextSlot[] {
  if (OPAQUE_KEYS.has(field)) return [];
  if (TOOL_INPUT_BLOCK_TYPES.has(block.type)) {
    if (field === "input") return jsonLeafSlots(block, field);
    // The tool's name, which the vendor matches against the request's `tools`.
    if (field === "name") return [];
  }
  if (field === "content") return contentSlots(block, field);
  if (field === "source" && (block.type === "image" || block.type === "document")) return sourceSlots(block);
  return everyLeaf(block, field);
}

/**
 * Every string of one content block that the vendor reads and a person, a tool or a
 * fetched page may have written: each field of the block is read leaf by leaf (text, the
 * quotes and titles in citations, document titles and context, search results, server-tool
 * results such as fetched pages and code output, and fields of block types Veilgate does
 * not know yet), except ids, types, signatures and encrypted blobs ({@link OPAQUE_KEYS}).
 * A tool-use block's `input` is read with its keys; nested content block by block.
 *
 * `thinking` and `redacted_thinking` blocks are deliberately left alone: the vendor
 * signs them and rejects a resent block whose text changed by one character. They only
 * hold what the model wrote while seeing placeholders, so they carry no values.
 */
export function contentBlockSlots(block: unknown): TextSlot[] {
  if (!isBlock(block) || SIGNED_BLOCK_TYPES.has(block.type)) return [];
  return Object.keys(block).flatMap((field) => fieldSlots(block, field));
}
