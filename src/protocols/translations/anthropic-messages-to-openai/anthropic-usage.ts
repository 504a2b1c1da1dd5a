import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/**
 * Chat `usage` → Messages `usage`. OpenAI's `prompt_tokens` includes cached tokens
 * (`prompt_tokens_details.cached_tokens`); Anthropic reports cache reads apart from
 * `input_tokens`, so they are moved to `cache_read_input_tokens`.
 */
export function anthropicUsage(usage: unknown): JsonObject {
  const source = isJsonObject(usage) ? usage : {};
  const details = isJsonObject(source.prompt_tokens_details) ? source.prompt_tokens_details : {};
  const cached = count(details.cached_tokens);
  return {
    input_tokens: Math.max(0, count(source.prompt_tokens) - cached),
    output_tokens: count(source.completion_tokens),
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: cached,
  };
}
