import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/**
 * Anthropic `usage` → chat-completions `usage`. Anthropic counts cache reads and cache
 * writes apart from `input_tokens`; OpenAI's `prompt_tokens` includes them, with cache
 * reads also reported as `prompt_tokens_details.cached_tokens`.
 */
export function chatUsage(usage: unknown): JsonObject {
  const source = isJsonObject(usage) ? usage : {};
  const cacheRead = count(source.cache_read_input_tokens);
  const promptTokens = count(source.input_tokens) + count(source.cache_creation_input_tokens) + cacheRead;
  const completionTokens = count(source.output_tokens);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    ...(cacheRead > 0 ? { prompt_tokens_details: { cached_tokens: cacheRead } } : {}),
  };
}
