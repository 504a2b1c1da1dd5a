import type { SseEvent } from "../shared/sse-decoder.ts";
import type { ModelProtocol } from "../types.ts";
import { renderOpenAiError } from "../openai-chat/render-error.ts";
import { requestErrorMessage } from "./request-error-message.ts";
import { renderResponsesStreamError } from "./render-stream-error.ts";
import { type ResponsesRequest, responsesRequestSchema } from "./request-schema.ts";
import { restoreResponsesAnswer } from "./restore-response.ts";
import { createResponsesStreamRestore } from "./stream-restore.ts";
import { responsesTextSlots } from "./text-slots.ts";

const FINAL_EVENT_TYPES = new Set(["response.completed", "response.incomplete", "response.failed"]);

/** The event's type: its `event:` name, which our stream restore always sets, else its data's `type`. */
function eventType(event: SseEvent): string | undefined {
  if (event.event !== undefined) return event.event;
  try {
    const payload: unknown = JSON.parse(event.data);
    return typeof payload === "object" && payload !== null && "type" in payload ? String(payload.type) : undefined;
  } catch {
    return undefined;
  }
}

/** OpenAI's `POST /v1/responses` (the Responses API), JSON and SSE. */
export const openAiResponsesProtocol: ModelProtocol<ResponsesRequest> = {
  id: "openai-responses",
  family: "openai",
  upstreamPath: "/responses",
  forwardedHeaders: [],
  parseRequest(body) {
    const result = responsesRequestSchema.safeParse(body);
    return result.success ? { ok: true, request: result.data } : { ok: false, message: requestErrorMessage(result.error) };
  },
  requestedModel: (request) => request.model,
  isStreaming: (request) => request.stream === true,
  textSlots: responsesTextSlots,
  setModel(request, model) {
    request.model = model;
  },
  restoreResponse: restoreResponsesAnswer,
  createStreamRestore: createResponsesStreamRestore,
  renderError: renderOpenAiError,
  isFinalStreamEvent: (event) => FINAL_EVENT_TYPES.has(eventType(event) ?? ""),
  renderStreamError: renderResponsesStreamError,
};
