import type { TextSlot } from "../types.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { jsonLeafSlots } from "./json-leaf-slots.ts";
import { stringSlot } from "./string-slot.ts";

/** Blocks whose `input` object holds what the model (or the caller) filled a tool's parameters with. */
export const TOOL_INPUT_BLOCK_TYPES: ReadonlySet<string> = new Set(["tool_use", "server_tool_use", "mcp_tool_use"]);

/** `content` as a string, or a list of blocks each with slots of its own. */
function nestedContentSlots(container: JsonObject): TextSlot[] {
  const content = container.content;
  if (typeof content === "string") return stringSlot(container, "content");
  return Array.isArray(content) ? content.flatMap(contentBlockSlots) : [];
}

/** A source the vendor reads: plain text, nested content, or a URL it fetches. Base64 data is binary and not ours to read. */
function sourceSlots(block: JsonObject): TextSlot[] {
  const source = block.source;
  if (!isJsonObject(source)) return [];
  if (source.type === "text") return stringSlot(source, "data");
  if (source.type === "content") return nestedContentSlots(source);
  // A remote URL is fetched by the vendor, so PII in its query string would leave.
  if (source.type === "url") return stringSlot(source, "url");
  return [];
}

/** A text block's citations quote the cited document, so they carry its values too. */
function citationSlots(block: JsonObject): TextSlot[] {
  const citations = Array.isArray(block.citations) ? block.citations : [];
  return citations.filter(isJsonObject).flatMap((citation) => [...stringSlot(citation, "cited_text"), ...stringSlot(citation, "document_title")]);
}

/**
 * Every string of one content block that the vendor reads and a person may have written:
 * text (and the quotes in its citations), each string leaf of a `tool_use` input object,
 * `tool_result` content (a string or nested blocks), document text sources with their
 * title and context, search results, and remote URLs of images and documents.
 *
 * `thinking` and `redacted_thinking` blocks are deliberately left alone: the vendor
 * signs them and rejects a resent block whose text changed by one character. They only
 * hold what the model wrote while seeing placeholders, so they carry no values.
 */
export function contentBlockSlots(block: unknown): TextSlot[] {
  if (!isJsonObject(block) || typeof block.type !== "string") return [];
  if (TOOL_INPUT_BLOCK_TYPES.has(block.type)) return jsonLeafSlots(block, "input");
  switch (block.type) {
    case "text":
      return [...stringSlot(block, "text"), ...citationSlots(block)];
    case "tool_result":
    case "mcp_tool_result":
      return nestedContentSlots(block);
    case "document":
      return [...sourceSlots(block), ...stringSlot(block, "title"), ...stringSlot(block, "context")];
    case "image":
      return sourceSlots(block);
    case "search_result":
      return [...stringSlot(block, "source"), ...stringSlot(block, "title"), ...nestedContentSlots(block)];
    default:
      return [];
  }
}
