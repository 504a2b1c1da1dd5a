import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, untranslatable } from "../translated.ts";

/** Thinking the vendor signed for another vendor: no chat vendor can read or verify it. */
const DROPPED_BLOCKS: ReadonlySet<unknown> = new Set(["thinking", "redacted_thinking"]);

/**
 * The blocks of an assistant turn → one chat assistant message: text blocks joined into
 * `content` (null when there are only tool calls), each `tool_use` block a function tool
 * call whose `arguments` is its (redacted) input as JSON source. Thinking blocks are
 * dropped; any other block is refused. Undefined when nothing is left to send.
 */
export function translateAssistantContent(blocks: readonly unknown[], where: string): Translated<JsonObject | undefined> {
  let text = "";
  const toolCalls: JsonObject[] = [];
  for (const [position, block] of blocks.entries()) {
    const at = `${where}.content[${position}]`;
    if (!isJsonObject(block)) return untranslatable(`${at} is not a content block.`);
    if (DROPPED_BLOCKS.has(block.type)) continue;
    if (block.type === "text" && typeof block.text === "string") {
      text += block.text;
    } else if (block.type === "tool_use" && typeof block.id === "string" && typeof block.name === "string") {
      toolCalls.push({ id: block.id, type: "function", function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) } });
    } else {
      return untranslatable(`${at}: ${quotedName(block.type)} blocks cannot be translated for a chat-completions vendor.`);
    }
  }
  if (text === "" && toolCalls.length === 0) return translated(undefined);
  return translated({
    role: "assistant",
    content: text === "" ? null : text,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  });
}
