import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import { type Translated, translated, untranslatable } from "../translated.ts";

/**
 * One assistant `tool_calls` entry → a `tool_use` block. The call's `arguments` (JSON
 * source in a string, already redacted leaf by leaf) becomes the block's `input` object;
 * arguments that are not a JSON object are refused, since Messages requires an object.
 * An empty string stands for no arguments.
 */
export function translateChatToolCall(call: unknown, where: string): Translated<JsonObject> {
  if (!isJsonObject(call) || !isJsonObject(call.function)) return untranslatable(`${where}: only function tool calls can be translated.`);
  if (call.type !== undefined && call.type !== "function") return untranslatable(`${where}: only function tool calls can be translated.`);
  const { name, arguments: source } = call.function;
  if (typeof call.id !== "string" || typeof name !== "string") return untranslatable(`${where}: a tool call needs an id and a function name.`);
  let input: unknown = {};
  if (typeof source === "string" && source.trim() !== "") {
    try {
      input = JSON.parse(source);
    } catch {
      return untranslatable(`${where}: the function arguments are not valid JSON.`);
    }
  }
  if (!isJsonObject(input)) return untranslatable(`${where}: the function arguments must be a JSON object.`);
  return translated({ type: "tool_use", id: call.id, name, input });
}
