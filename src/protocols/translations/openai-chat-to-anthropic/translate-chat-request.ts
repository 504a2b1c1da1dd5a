import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import type { ChatCompletionRequest } from "../../openai-chat/request-schema.ts";
import { checkRequestFields } from "../request-field-policy.ts";
import { type Translated, translated, untranslatable } from "../translated.ts";
import { CHAT_FIELD_POLICIES } from "./chat-field-policies.ts";
import { translateChatMessages } from "./translate-chat-messages.ts";
import { translateChatTools } from "./translate-chat-tools.ts";

/**
 * Messages requires `max_tokens`; chat completions does not. When the caller set no limit
 * this one is sent: large enough for ordinary answers, within every current model's limit.
 */
export const DEFAULT_MAX_TOKENS = 4096;

/** `stop` (a string or a list) → `stop_sequences` (always a list). */
function stopSequences(stop: unknown): string[] | undefined {
  if (typeof stop === "string") return [stop];
  return Array.isArray(stop) && stop.length > 0 ? stop.filter((sequence): sequence is string => typeof sequence === "string") : undefined;
}

/** A `json_schema` response format → Messages' structured output format; `name`, `description` and `strict` have no counterpart (it is always strict). */
function outputConfig(format: unknown): JsonObject | undefined {
  if (!isJsonObject(format) || format.type !== "json_schema") return undefined;
  const schema = isJsonObject(format.json_schema) ? format.json_schema.schema : undefined;
  return { format: { type: "json_schema", schema: isJsonObject(schema) ? schema : {} } };
}

/**
 * A redacted chat-completions request → the Messages request body for an Anthropic-protocol
 * vendor, or why it cannot be expressed there. Every top-level field is accounted for by
 * {@link CHAT_FIELD_POLICIES}; the body is built afresh, so nothing untranslated slips through.
 */
export function translateChatRequest(request: ChatCompletionRequest): Translated<JsonObject> {
  const fieldProblem = checkRequestFields(request, CHAT_FIELD_POLICIES);
  if (fieldProblem) return untranslatable(fieldProblem);
  const conversation = translateChatMessages(request.messages);
  if (!conversation.ok) return conversation;
  const tools = translateChatTools(request);
  if (!tools.ok) return tools;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens ?? DEFAULT_MAX_TOKENS;
  const userId = typeof request.user === "string" && request.user !== "" ? request.user : undefined;
  const body: JsonObject = {
    model: request.model,
    max_tokens: maxTokens,
    ...(conversation.value.system !== undefined ? { system: conversation.value.system } : {}),
    messages: conversation.value.messages,
    ...tools.value,
    ...(request.temperature != null ? { temperature: request.temperature } : {}),
    ...(request.top_p != null ? { top_p: request.top_p } : {}),
  };
  const stop = stopSequences(request.stop);
  if (stop) body.stop_sequences = stop;
  const output = outputConfig(request.response_format);
  if (output) body.output_config = output;
  if (userId) body.metadata = { user_id: userId };
  if (request.stream === true) body.stream = true;
  return translated(body);
}
