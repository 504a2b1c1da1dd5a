import type { JsonObject } from "../../anthropic-messages/json-value.ts";
import type { ChatMessage } from "../../openai-chat/request-schema.ts";
import { quotedName } from "../quoted-name.ts";
import { type Translated, translated, translateEach, untranslatable } from "../translated.ts";
import { translateChatContent } from "./translate-chat-content.ts";
import { translateChatToolCall } from "./translate-chat-tool-call.ts";

/** One Messages turn; content stays a plain string when the chat message was one and nothing merged into it. */
export interface AnthropicTurn {
  role: "user" | "assistant";
  content: string | JsonObject[];
}

/** A chat conversation as Messages wants it: the system prompt apart, then alternating turns. */
export interface AnthropicConversation {
  system: string | JsonObject[] | undefined;
  messages: AnthropicTurn[];
}

interface TranslatedMessage {
  role: "system" | "user" | "assistant";
  blocks: JsonObject[];
  /** The message's content when it was a plain string, kept so a lone string stays a string. */
  plain?: string;
}

function translateMessage(message: ChatMessage, where: string): Translated<TranslatedMessage> {
  const plain = typeof message.content === "string" && message.content !== "" ? message.content : undefined;
  switch (message.role) {
    case "system":
    case "developer": {
      const blocks = translateChatContent(message.content, where, ["text"]);
      return blocks.ok ? translated({ role: "system", blocks: blocks.value, plain }) : blocks;
    }
    case "user": {
      const blocks = translateChatContent(message.content, where, ["text", "image_url"]);
      return blocks.ok ? translated({ role: "user", blocks: blocks.value, plain }) : blocks;
    }
    case "assistant": {
      if (message.function_call) return untranslatable(`${where}: the deprecated 'function_call' is not translated; send 'tool_calls' instead.`);
      if (message.audio !== undefined && message.audio !== null) return untranslatable(`${where}: assistant audio cannot be translated.`);
      const text = translateChatContent(message.content, where, ["text", "refusal"]);
      if (!text.ok) return text;
      const refusal = typeof message.refusal === "string" && message.refusal !== "" ? [{ type: "text", text: message.refusal }] : [];
      const calls = translateEach(message.tool_calls ?? [], (call, position) => translateChatToolCall(call, `${where}.tool_calls[${position}]`));
      if (!calls.ok) return calls;
      const blocks = [...text.value, ...refusal, ...calls.value];
      return translated({ role: "assistant", blocks, plain: blocks.length === 1 ? plain : undefined });
    }
    case "tool": {
      if (typeof message.tool_call_id !== "string") return untranslatable(`${where}: a tool message needs a tool_call_id.`);
      const blocks = translateChatContent(message.content, where, ["text"]);
      if (!blocks.ok) return blocks;
      const content = typeof message.content === "string" ? message.content : blocks.value;
      return translated({ role: "user", blocks: [{ type: "tool_result", tool_use_id: message.tool_call_id, content }] });
    }
    default:
      return untranslatable(`${where}: messages with the role ${quotedName(message.role)} cannot be translated.`);
  }
}

/** Adds a turn, merging it into the previous one when both have the same role: Messages requires turns to alternate. */
function appendTurn(turns: AnthropicTurn[], message: TranslatedMessage & { role: "user" | "assistant" }): void {
  const last = turns.at(-1);
  if (last?.role === message.role) {
    const earlier = typeof last.content === "string" ? [{ type: "text", text: last.content }] : last.content;
    last.content = [...earlier, ...message.blocks];
    return;
  }
  turns.push({ role: message.role, content: message.plain ?? message.blocks });
}

/**
 * Chat messages → a Messages conversation. System and developer messages, wherever they
 * stand, are lifted in order into `system` (a string when there is exactly one and it was
 * a string). Tool messages become `tool_result` blocks of a user turn, so consecutive tool
 * results, and a user message right after them, merge into one turn; so do any other
 * consecutive messages of the same role. A message with nothing to send is left out.
 */
export function translateChatMessages(messages: readonly ChatMessage[]): Translated<AnthropicConversation> {
  const systemMessages: TranslatedMessage[] = [];
  const turns: AnthropicTurn[] = [];
  for (const [position, message] of messages.entries()) {
    const result = translateMessage(message, `messages[${position}]`);
    if (!result.ok) return result;
    const translatedMessage = result.value;
    if (translatedMessage.role === "system") systemMessages.push(translatedMessage);
    else if (translatedMessage.blocks.length > 0) appendTurn(turns, { ...translatedMessage, role: translatedMessage.role });
  }
  const systemBlocks = systemMessages.flatMap((message) => message.blocks);
  const loneString = systemMessages.length === 1 ? systemMessages[0]!.plain : undefined;
  return translated({ system: loneString ?? (systemBlocks.length > 0 ? systemBlocks : undefined), messages: turns });
}
