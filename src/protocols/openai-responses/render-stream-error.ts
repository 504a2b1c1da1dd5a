import type { ProxyError } from "../../errors.ts";
import { renderOpenAiError } from "../openai-chat/render-error.ts";
import type { SseEvent } from "../shared/sse-decoder.ts";

/**
 * The Responses API's `error` stream event for a stream that broke off. It carries the
 * documented top-level `code`, `message` and `param`, and also the nested `error` object
 * OpenAI sends on the wire, which is what makes the openai SDK raise an APIError instead of
 * ending quietly. It has no `sequence_number`: the pipeline renders it without the stream's
 * state, and a made-up number could break a client's ordering.
 */
export function renderResponsesStreamError(error: ProxyError, requestId: string): SseEvent {
  const rendered = renderOpenAiError(error, requestId).body;
  return {
    event: "error",
    data: JSON.stringify({ type: "error", code: error.code, message: error.message, param: null, ...(rendered as object) }),
  };
}
