import type { RestoreKit } from "../types.ts";
import { isJsonObject } from "./json-value.ts";
import { restoreContentBlock } from "./restore-content-block.ts";

/**
 * Puts values back into an Anthropic `message` JSON answer, in place, block by block (see
 * {@link restoreContentBlock}), its text blocks through one restorer as the client reads them joined. Returns the answer's text as the vendor sent it
 * (placeholders only), one line per block, for the transcript.
 */
export function restoreAnthropicMessage(body: unknown, kit: RestoreKit): string {
  const content = isJsonObject(body) && Array.isArray(body.content) ? body.content : [];
  const text = kit.createStream("text");
  return content
    .filter(isJsonObject)
    .map((block) => restoreContentBlock(block, kit, text))
    .filter(Boolean)
    .join("\n");
}
