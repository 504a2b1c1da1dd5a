import { IMAGE_MEDIA_TYPES } from "../../anthropic-messages/image-media-types.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, translateEach, untranslatable } from "../translated.ts";

const DATA_URL = /^data:([^;,]+);base64,(.*)$/s;

/** The chat content part types a message of each role may carry into Messages blocks. */
export type ChatPartType = "text" | "image_url" | "refusal";

/** `image_url` → an image block: a base64 `data:` URL becomes a base64 source, an http(s) URL a url source. */
function imageBlock(part: JsonObject, where: string): Translated<JsonObject> {
  const url = isJsonObject(part.image_url) ? part.image_url.url : undefined;
  if (typeof url !== "string") return untranslatable(`${where}: an image_url part has no URL.`);
  const data = DATA_URL.exec(url);
  if (data) {
    const mediaType = data[1]!.toLowerCase();
    if (!IMAGE_MEDIA_TYPES.has(mediaType)) return untranslatable(`${where}: images of type ${quotedName(mediaType)} are not accepted by Anthropic-protocol vendors (JPEG, PNG, GIF and WebP are).`);
    return translated({ type: "image", source: { type: "base64", media_type: mediaType, data: data[2] } });
  }
  if (/^https?:\/\//i.test(url)) return translated({ type: "image", source: { type: "url", url } });
  return untranslatable(`${where}: an image URL must be a base64 data: URL or an http(s) URL.`);
}

/** One content part → one Messages block, or undefined for an empty text part (the vendor refuses empty text blocks). */
function translatePart(part: JsonObject, where: string, allowed: readonly ChatPartType[]): Translated<JsonObject | undefined> {
  const type = part.type;
  if (!allowed.includes(type as ChatPartType)) return untranslatable(`${where}: content parts of type ${quotedName(type)} cannot be translated here.`);
  if (type === "image_url") return imageBlock(part, where);
  const text = type === "refusal" ? part.refusal : part.text;
  if (typeof text !== "string") return untranslatable(`${where}: a ${type} part has no text.`);
  // An earlier refusal is still just what the assistant said.
  return translated(text === "" ? undefined : { type: "text", text });
}

/**
 * A chat message's `content` (a string or a list of parts) as Messages content blocks.
 * `allowed` names the part types this role may carry; any other part is refused.
 * `where` locates the message in refusals, e.g. `messages[2]`.
 */
export function translateChatContent(content: unknown, where: string, allowed: readonly ChatPartType[]): Translated<JsonObject[]> {
  if (content === undefined || content === null) return translated([]);
  if (typeof content === "string") return translated(content === "" ? [] : [{ type: "text", text: content }]);
  if (!Array.isArray(content)) return untranslatable(`${where}: content must be a string or a list of parts.`);
  return translateEach(content, (part, position) =>
    isJsonObject(part) ? translatePart(part, `${where}.content[${position}]`, allowed) : untranslatable(`${where}.content[${position}] is not a content part.`),
  );
}
