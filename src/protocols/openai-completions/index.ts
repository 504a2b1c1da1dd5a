import { z } from "zod";
import { renderOpenAiError } from "../openai-chat/render-error.ts";
import type { ModelProtocol } from "../types.ts";
import { type CompletionRequest, completionRequestSchema } from "./request-schema.ts";
import { restoreCompletion } from "./restore-response.ts";
import { createCompletionStreamRestore } from "./stream-restore.ts";
import { completionTextSlots } from "./text-slots.ts";

/** OpenAI's legacy `POST /v1/completions`, JSON and SSE. */
export const openAiCompletionsProtocol: ModelProtocol<CompletionRequest> = {
  id: "openai-completions",
  family: "openai",
  upstreamPath: "/completions",
  forwardedHeaders: [],
  parseRequest(body) {
    const result = completionRequestSchema.safeParse(body);
    return result.success ? { ok: true, request: result.data } : { ok: false, message: z.prettifyError(result.error) };
  },
  requestedModel: (request) => request.model,
  isStreaming: (request) => request.stream === true,
  textSlots: completionTextSlots,
  setModel(request, model) {
    request.model = model;
  },
  restoreResponse: restoreCompletion,
  createStreamRestore: createCompletionStreamRestore,
  renderError: renderOpenAiError,
  isFinalStreamEvent: (event) => event.data === "[DONE]",
  renderStreamError: (error, requestId) => ({ data: JSON.stringify(renderOpenAiError(error, requestId).body) }),
};
