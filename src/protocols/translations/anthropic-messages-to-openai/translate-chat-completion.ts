import { ProxyError } from "../../../errors.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { anthropicStopReason } from "./anthropic-stop-reason.ts";
import { anthropicUsage } from "./anthropic-usage.ts";

const notAnAnswer = (why: string) => new ProxyError("vendor_error", `The OpenAI-protocol vendor's answer could not be translated: ${why}`);

/** The text of a chat message's `content`: a string, or its text parts joined. */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (isJsonObject(part) && typeof part.text === "string" ? part.text : "")).join("");
}

/** One function tool call → a `tool_use` block; its JSON-source `arguments` become the `input` object. */
function toolUse(call: unknown): JsonObject {
  const fn = isJsonObject(call) && isJsonObject(call.function) ? call.function : {};
  const source = typeof fn.arguments === "string" && fn.arguments.trim() !== "" ? fn.arguments : "{}";
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch {
    throw notAnAnswer("a tool call's arguments are not valid JSON.");
  }
  if (!isJsonObject(input)) throw notAnAnswer("a tool call's arguments are not a JSON object.");
  return { type: "tool_use", id: isJsonObject(call) ? call.id : undefined, name: fn.name, input };
}

/**
 * A `chat.completion` → a Messages `message`, from its first choice (the request asked for
 * one): content (and a refusal) as a text block, each tool call a `tool_use` block, the
 * finish reason a stop reason ({@link anthropicStopReason}; a refusal → `refusal`), usage
 * in Anthropic's terms. Values are still placeholders; Messages restores them after.
 *
 * Throws a `vendor_error` ProxyError when the answer is not a chat completion, or a tool
 * call's arguments are not a JSON object (Messages has no way to carry them).
 */
export function translateChatCompletion(body: unknown): JsonObject {
  const choice = isJsonObject(body) && Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isJsonObject(body) || !isJsonObject(choice) || !isJsonObject(choice.message)) throw notAnAnswer("it is not a chat completion.");
  const message = choice.message;
  const refusal = typeof message.refusal === "string" && message.refusal !== "" ? message.refusal : undefined;
  const text = contentText(message.content) || (refusal ?? "");
  const content: JsonObject[] = [
    ...(text !== "" ? [{ type: "text", text }] : []),
    ...(Array.isArray(message.tool_calls) ? message.tool_calls.map(toolUse) : []),
  ];
  return {
    id: body.id,
    type: "message",
    role: "assistant",
    model: body.model,
    content,
    stop_reason: refusal ? "refusal" : anthropicStopReason(choice.finish_reason),
    stop_sequence: null,
    usage: anthropicUsage(body.usage),
  };
}
