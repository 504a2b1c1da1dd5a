import { isJsonObject, type JsonObject } from "../anthropic-messages/json-value.ts";
import type { SseEvent } from "../shared/sse-decoder.ts";

/**
 * The JSON object an SSE event carries, or undefined when its data is not a JSON object
 * (OpenAI's `[DONE]`, a comment-like keep-alive): a stream translation reads only objects.
 */
export function parseEventData(event: SseEvent): JsonObject | undefined {
  try {
    const payload: unknown = JSON.parse(event.data);
    return isJsonObject(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}
