import { IMAGE_MEDIA_TYPES } from "../../anthropic-messages/image-media-types.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, translateEach, untranslatable } from "../translated.ts";

/** A user turn's blocks, split the way chat completions wants them. */
export interface UserContent {
  /** One `tool` message per `tool_result` block, in order. */
  toolMessages: JsonObject[];
  /** Everything else, as chat content parts for one user message. */
  parts: JsonObject[];
}

/**
 * An image block → an `image_url` part: a base64 source as a `data:` URL, a url source as is.
 * The media type goes into the URL unread, so only a real image type may (the request
 * schema refuses any other before redaction; this keeps the URL safe on its own).
 */
function imagePart(block: JsonObject, where: string): Translated<JsonObject> {
  const source = isJsonObject(block.source) ? block.source : {};
  if (source.type === "base64" && typeof source.data === "string") {
    if (typeof source.media_type !== "string" || !IMAGE_MEDIA_TYPES.has(source.media_type)) {
      return untranslatable(`${where}: base64 images must be JPEG, PNG, GIF or WebP.`);
    }
    return translated({ type: "image_url", image_url: { url: `data:${source.media_type};base64,${source.data}` } });
  }
  if (source.type === "url" && typeof source.url === "string") return translated({ type: "image_url", image_url: { url: source.url } });
  return untranslatable(`${where}: only base64 and url image sources translate, not ${quotedName(source.type)} ones.`);
}

/**
 * A `tool_result` block's content → a tool message's content: a string stays a string, a
 * lone text block becomes its text, several text blocks become text parts. Chat tool
 * messages hold text only, so an image or document in a tool result is refused.
 * `is_error` has no chat counterpart and is dropped; the content says what went wrong.
 */
function toolResultContent(content: unknown, where: string): Translated<string | JsonObject[]> {
  if (content === undefined || content === null) return translated("");
  if (typeof content === "string") return translated(content);
  if (!Array.isArray(content)) return untranslatable(`${where}: tool result content must be a string or a list of blocks.`);
  const texts: string[] = [];
  for (const [position, block] of content.entries()) {
    if (!isJsonObject(block) || block.type !== "text" || typeof block.text !== "string") {
      return untranslatable(`${where}.content[${position}]: chat tool messages carry text only, not ${quotedName(isJsonObject(block) ? block.type : undefined)} blocks.`);
    }
    texts.push(block.text);
  }
  return translated(texts.length === 1 ? texts[0]! : texts.map((text) => ({ type: "text", text })));
}

/**
 * The blocks of a user turn: text → text parts (citations dropped), images → `image_url`
 * parts, `tool_result` → tool messages. Other block types (documents, search results,
 * server-tool blocks…) have no chat-completions equivalent and are refused.
 */
export function translateUserContent(blocks: readonly unknown[], where: string): Translated<UserContent> {
  const toolMessages: JsonObject[] = [];
  const parts = translateEach(blocks, (block, position): Translated<JsonObject | undefined> => {
    const at = `${where}.content[${position}]`;
    if (!isJsonObject(block)) return untranslatable(`${at} is not a content block.`);
    if (block.type === "text" && typeof block.text === "string") return translated({ type: "text", text: block.text });
    if (block.type === "image") return imagePart(block, at);
    if (block.type === "tool_result" && typeof block.tool_use_id === "string") {
      const content = toolResultContent(block.content, at);
      if (!content.ok) return content;
      toolMessages.push({ role: "tool", tool_call_id: block.tool_use_id, content: content.value });
      return translated(undefined);
    }
    return untranslatable(`${at}: ${quotedName(block.type)} blocks cannot be translated for a chat-completions vendor.`);
  });
  return parts.ok ? translated({ toolMessages, parts: parts.value }) : parts;
}
