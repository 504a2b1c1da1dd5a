import type { JsonObject } from "../../anthropic-messages/json-value.ts";
import type { AnthropicMessagesRequest } from "../../anthropic-messages/request-schema.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, untranslatable } from "../translated.ts";
import { translateAssistantContent } from "./translate-assistant-content.ts";
import { translateUserContent } from "./translate-user-content.ts";

/**
 * `system` → one system message. A string stays a string; text blocks are joined with a
 * blank line (chat vendors widely accept only a string here); `cache_control` is dropped.
 */
function systemMessage(system: AnthropicMessagesRequest["system"]): Translated<JsonObject | undefined> {
  if (system === undefined) return translated(undefined);
  if (typeof system === "string") return translated(system === "" ? undefined : { role: "system", content: system });
  const texts: string[] = [];
  for (const [position, block] of system.entries()) {
    if (block.type !== "text" || typeof block.text !== "string") return untranslatable(`system[${position}]: only text blocks translate in the system prompt.`);
    texts.push(block.text);
  }
  return translated(texts.length === 0 ? undefined : { role: "system", content: texts.join("\n\n") });
}

/** One user turn → its tool messages first (they must follow the assistant's tool calls), then the rest as one user message. */
function userMessages(content: unknown[], where: string): Translated<JsonObject[]> {
  const result = translateUserContent(content, where);
  if (!result.ok) return result;
  const { toolMessages, parts } = result.value;
  return translated(parts.length > 0 ? [...toolMessages, { role: "user", content: parts }] : toolMessages);
}

/**
 * The system prompt and turns of a Messages request → chat messages: `system` first, a
 * user turn as its tool results (one `tool` message each) followed by a user message with
 * its other blocks, an assistant turn as one assistant message with text and tool calls.
 */
export function translateMessagesTurns(request: AnthropicMessagesRequest): Translated<JsonObject[]> {
  const system = systemMessage(request.system);
  if (!system.ok) return system;
  const messages: JsonObject[] = system.value ? [system.value] : [];
  for (const [position, message] of request.messages.entries()) {
    const where = `messages[${position}]`;
    if (message.role !== "user" && message.role !== "assistant") return untranslatable(`${where}: the role ${quotedName(message.role)} cannot be translated.`);
    if (typeof message.content === "string") {
      messages.push({ role: message.role, content: message.content });
      continue;
    }
    if (message.role === "user") {
      const translatedMessages = userMessages(message.content, where);
      if (!translatedMessages.ok) return translatedMessages;
      messages.push(...translatedMessages.value);
      continue;
    }
    const assistant = translateAssistantContent(message.content, where);
    if (!assistant.ok) return assistant;
    if (assistant.value) messages.push(assistant.value);
  }
  return translated(messages);
}
