import { z } from "zod";
import type { ModelProtocol } from "../types.ts";
import { renderAnthropicError } from "./render-error.ts";
import { type AnthropicMessagesRequest, anthropicMessagesRequestSchema } from "./request-schema.ts";
import { restoreAnthropicMessage } from "./restore-response.ts";
import { createAnthropicMessageStreamRestore } from "./stream-restore.ts";
import { anthropicMessagesTextSlots } from "./text-slots.ts";

/** Anthropic's `POST /v1/messages`, JSON and SSE, as the `@anthropic-ai/sdk` speaks it. */
export const anthropicMessagesProtocol: ModelProtocol<AnthropicMessagesRequest> = {
  id: "anthropic-messages",
  family: "anthropic",
  upstreamPath: "/messages",
  // The API version and beta flags change what the vendor accepts; the caller chooses them.
  forwardedHeaders: ["anthropic-version", "anthropic-beta"],
  parseRequest(body) {
    const result = anthropicMessagesRequestSchema.safeParse(body);
    return result.success ? { ok: true, request: result.data } : { ok: false, message: z.prettifyError(result.error) };
  },
  requestedModel: (request) => request.model,
  isStreaming: (request) => request.stream === true,
  textSlots: anthropicMessagesTextSlots,
  setModel(request, model) {
    request.model = model;
  },
  restoreResponse: restoreAnthropicMessage,
  createStreamRestore: createAnthropicMessageStreamRestore,
  renderError: renderAnthropicError,
  // The SDK reads only named events; `message_stop` is the last one of a complete answer.
  isFinalStreamEvent: (event) => event.event === "message_stop",
  renderStreamError: (error, requestId) => ({ event: "error", data: JSON.stringify(renderAnthropicError(error, requestId).body) }),
};
