import { ProxyError } from "../../../errors.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { chatFinishReason } from "./chat-finish-reason.ts";
import { chatUsage } from "./chat-usage.ts";

/** One `tool_use` block → one chat tool call; the input object becomes JSON source, as `arguments` always is. */
function toolCall(block: JsonObject): JsonObject {
  return { id: block.id, type: "function", function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) } };
}

/**
 * An Anthropic `message` answer → a `chat.completion` with one choice: the text blocks
 * joined into `content` (null when the answer is only tool calls), each `tool_use` block a
 * tool call, the stop reason a finish reason ({@link chatFinishReason}), usage in OpenAI's
 * terms ({@link chatUsage}). Thinking and server-tool blocks have no chat shape and are
 * left out. Values are still placeholders here; the chat protocol restores them after.
 *
 * Throws a `vendor_error` ProxyError when the vendor's answer is not a message at all.
 */
export function translateAnthropicMessage(body: unknown, options: { now?: () => number } = {}): JsonObject {
  if (!isJsonObject(body) || !Array.isArray(body.content)) {
    throw new ProxyError("vendor_error", "The Anthropic-protocol vendor's answer is not a Messages answer, so it could not be translated.");
  }
  const blocks = body.content.filter(isJsonObject);
  const text = blocks.map((block) => (block.type === "text" && typeof block.text === "string" ? block.text : "")).join("");
  const toolCalls = blocks.filter((block) => block.type === "tool_use").map(toolCall);
  const message: JsonObject = {
    role: "assistant",
    content: text === "" && toolCalls.length > 0 ? null : text,
    refusal: null,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  };
  return {
    id: body.id,
    object: "chat.completion",
    created: Math.floor((options.now ?? Date.now)() / 1000),
    model: body.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: chatFinishReason(body.stop_reason) }],
    usage: chatUsage(body.usage),
  };
}
