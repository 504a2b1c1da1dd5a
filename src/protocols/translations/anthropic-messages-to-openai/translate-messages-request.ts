import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import type { AnthropicMessagesRequest } from "../../anthropic-messages/request-schema.ts";
import { checkRequestFields } from "../request-field-policy.ts";
import { type Translated, translated, untranslatable } from "../translated.ts";
import { MESSAGES_FIELD_POLICIES } from "./messages-field-policies.ts";
import { translateMessagesTools } from "./translate-messages-tools.ts";
import { translateMessagesTurns } from "./translate-messages-turns.ts";

/** A JSON-schema output format → chat's `response_format`; strict, since Messages' structured output always is. */
function responseFormat(outputConfig: unknown): JsonObject | undefined {
  const format = isJsonObject(outputConfig) ? outputConfig.format : undefined;
  if (!isJsonObject(format) || format.type !== "json_schema") return undefined;
  return { type: "json_schema", json_schema: { name: "response", schema: isJsonObject(format.schema) ? format.schema : {}, strict: true } };
}

/**
 * A redacted Messages request → the chat-completions body for an OpenAI-protocol vendor, or
 * why it cannot be expressed there. Every top-level field is accounted for by
 * {@link MESSAGES_FIELD_POLICIES}; the body is built afresh. `max_tokens` stays `max_tokens`
 * (not `max_completion_tokens`): every OpenAI-compatible vendor understands it, while
 * vendors that do not know the newer name would silently ignore the limit. A streaming
 * request asks for usage (`stream_options.include_usage`) so the Messages stream can report it.
 */
export function translateMessagesRequest(request: AnthropicMessagesRequest): Translated<JsonObject> {
  const fieldProblem = checkRequestFields(request, MESSAGES_FIELD_POLICIES);
  if (fieldProblem) return untranslatable(fieldProblem);
  const messages = translateMessagesTurns(request);
  if (!messages.ok) return messages;
  const tools = translateMessagesTools(request);
  if (!tools.ok) return tools;
  const body: JsonObject = {
    model: request.model,
    messages: messages.value,
    ...(request.max_tokens != null ? { max_tokens: request.max_tokens } : {}),
    ...tools.value,
    ...(request.temperature != null ? { temperature: request.temperature } : {}),
    ...(request.top_p != null ? { top_p: request.top_p } : {}),
  };
  if (Array.isArray(request.stop_sequences) && request.stop_sequences.length > 0) body.stop = request.stop_sequences;
  const format = responseFormat(request.output_config);
  if (format) body.response_format = format;
  const userId = request.metadata?.user_id;
  if (typeof userId === "string" && userId !== "") body.user = userId;
  if (request.stream === true) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return translated(body);
}
