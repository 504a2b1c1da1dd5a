import { findUnreadablePayload } from "../shared/find-unreadable-payload.ts";
import { IMAGE_MEDIA_TYPES } from "./image-media-types.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { OPAQUE_KEYS } from "./opaque-keys.ts";

const NOTHING_FORWARDED = "The request was refused and nothing was forwarded.";

/** Blocks whose `content` is a string or nested blocks, each checked in turn. */
const CONTENT_HOLDING_TYPES: ReadonlySet<unknown> = new Set(["tool_result", "mcp_tool_result", "search_result"]);

/** Block types whose every field Veilgate knows: base64 data can only hide in the ones checked below. */
const KNOWN_TYPES: ReadonlySet<unknown> = new Set(["text", "image", "document", "thinking", "redacted_thinking", "tool_use", "server_tool_use", "mcp_tool_use", ...CONTENT_HOLDING_TYPES]);

function nestedReason(content: unknown): string | undefined {
  if (!Array.isArray(content)) return undefined;
  for (const block of content) {
    const reason = unreadableContentReason(block);
    if (reason) return reason;
  }
  return undefined;
}

function sourceReason(block: JsonObject): string | undefined {
  const source = isJsonObject(block.source) ? block.source : {};
  if (source.type === "content") return nestedReason(source.content);
  if (source.type !== "base64") return undefined;
  if (block.type === "document") return `A document with base64 data (a PDF or another file) cannot be read for personal data. ${NOTHING_FORWARDED} Send its text as a text source instead.`;
  if (typeof source.media_type === "string" && IMAGE_MEDIA_TYPES.has(source.media_type)) return undefined;
  return `An image with base64 data must have the media_type image/png, image/jpeg, image/gif or image/webp; this one has another. ${NOTHING_FORWARDED}`;
}

/**
 * Why Veilgate refuses to forward a content block, or undefined when it can read all of it
 * (see `contentBlockSlots`). Base64 data is opaque to detection: a document (a PDF) is
 * refused, and so is base64 data in a block type Veilgate does not know. Images with base64
 * data are allowed, as documented, but only with a real image media type, since
 * translations build a `data:` URL from it. Nested content is checked block by block.
 * A reason never quotes the request.
 */
export function unreadableContentReason(block: unknown): string | undefined {
  if (!isJsonObject(block)) return undefined;
  if (block.type === "image" || block.type === "document") return sourceReason(block);
  if (CONTENT_HOLDING_TYPES.has(block.type)) return nestedReason(block.content);
  // Vendor-encrypted content is base64 too: it sits under an opaque key and is not read.
  if (KNOWN_TYPES.has(block.type) || !findUnreadablePayload(block, { opaqueKeys: OPAQUE_KEYS })) return undefined;
  return `A content block of a type Veilgate does not know holds base64 data, which cannot be read for personal data. ${NOTHING_FORWARDED}`;
}
