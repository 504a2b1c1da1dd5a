import type { RestoreKit, StreamRestore } from "../types.ts";
import { TOOL_INPUT_BLOCK_TYPES } from "./content-block-slots.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { restoreJsonLeaves } from "./restore-json-leaves.ts";

/**
 * Puts values back into one content block of a vendor's answer, in place, and returns its
 * text as the vendor sent it (placeholders only) for the transcript, or "" when there is
 * none: a text block's text and citation quotes, and every string leaf of a tool-use
 * block's `input` object.
 *
 * `thinking` and `redacted_thinking` are passed through untouched: their signature covers
 * the exact text, and a client that sends a changed block back would be refused.
 *
 * `text`, when given, restores the text blocks of one message in turn: clients join them
 * (citations split Claude's text into blocks), so a URL opened in one block stays a URL
 * in the next.
 */
export function restoreContentBlock(block: JsonObject, kit: RestoreKit, text?: StreamRestore): string {
  if (block.type === "text" && typeof block.text === "string") {
    const sent = block.text;
    block.text = text ? text.push(sent) + text.flush() : kit.restore(sent, "text");
    for (const citation of Array.isArray(block.citations) ? block.citations : []) restoreCitation(citation, kit);
    return sent;
  }
  if (typeof block.type === "string" && TOOL_INPUT_BLOCK_TYPES.has(block.type) && block.input !== undefined) {
    const sent = JSON.stringify(block.input);
    block.input = restoreJsonLeaves(block.input, kit);
    return sent;
  }
  return "";
}

/** A citation quotes a document the caller sent, so its quote holds placeholders. */
export function restoreCitation(citation: unknown, kit: RestoreKit): void {
  if (isJsonObject(citation) && typeof citation.cited_text === "string") citation.cited_text = kit.restore(citation.cited_text, "text");
}
