import { z } from "zod";
import { renderOpenAiError } from "../openai-chat/render-error.ts";
import type { ModelProtocol } from "../types.ts";
import { describeEmbeddingsAnswer } from "./describe-response.ts";
import { type EmbeddingsRequest, embeddingsRequestSchema } from "./request-schema.ts";
import { embeddingsTextSlots } from "./text-slots.ts";

/**
 * OpenAI's `POST /v1/embeddings`. The input is redacted like any other text; the answer is
 * vectors, which are passed back untouched and never restored. Embeddings never stream.
 */
export const openAiEmbeddingsProtocol: ModelProtocol<EmbeddingsRequest> = {
  id: "openai-embeddings",
  family: "openai",
  upstreamPath: "/embeddings",
  forwardedHeaders: [],
  parseRequest(body) {
    const result = embeddingsRequestSchema.safeParse(body);
    return result.success ? { ok: true, request: result.data } : { ok: false, message: z.prettifyError(result.error) };
  },
  requestedModel: (request) => request.model,
  isStreaming: () => false,
  textSlots: embeddingsTextSlots,
  setModel(request, model) {
    request.model = model;
  },
  restoreResponse: describeEmbeddingsAnswer,
  // Only a vendor that ignores the API would stream here; vectors hold nothing to restore.
  createStreamRestore: () => ({ transform: { transform: (event, sink) => sink.enqueue(event) }, transcript: () => "" }),
  renderError: renderOpenAiError,
  isFinalStreamEvent: (event) => event.data === "[DONE]",
  renderStreamError: (error, requestId) => ({ data: JSON.stringify(renderOpenAiError(error, requestId).body) }),
};
