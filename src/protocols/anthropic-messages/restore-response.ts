import type { RestoreKit } from "../types.ts";
import { isJsonObject } from "./json-value.ts";
import { restoreContentBlock } from "./restore-content-block.ts";

/**
 * Puts values back into an Anthropic `message` JSON answer, in place, block by block (see
 * {@link restoreContentBlock}). Returns the answer's text as the vendor sent it
 * (placeholders only), one line per block, for the transcript.
 */
export function restoreAnthropicMessage(body: unknown, kit: RestoreKit): string {
  const content = isJsonObject(body) && Array.isArray(body.content) ? body.content : [];
  return content
    .filter(isJsonObject)
    .map((block) => restoreContentBlock(block, kit))
    .filter(Boolean)
    .join("\n");
}
