import { z } from "zod";
import type { ModelProtocol } from "../types.ts";
import { renderOpenAiError } from "./render-error.ts";
import { type ChatCompletionRequest, chatCompletionRequestSchema } from "./request-schema.ts";
import { restoreChatCompletion } from "./restore-response.ts";
import { createChatCompletionStreamRestore } from "./stream-restore.ts";
import { chatCompletionTextSlots } from "./text-slots.ts";

/** OpenAI's `POST /v1/chat/completions`. */
export const openAiChatProtocol: ModelProtocol<ChatCompletionRequest> = {
  id: "openai-chat",
  family: "openai",
  upstreamPath: "/chat/completions",
  forwardedHeaders: [],
  parseRequest(body) {
    const result = chatCompletionRequestSchema.safeParse(body);
    return result.success ? { ok: true, request: result.data } : { ok: false, message: z.prettifyError(result.error) };
  },
  requestedModel: (request) => request.model,
  isStreaming: (request) => request.stream === true,
  textSlots: chatCompletionTextSlots,
  setModel(request, model) {
    request.model = model;
  },
  restoreResponse: restoreChatCompletion,
  createStreamRestore: createChatCompletionStreamRestore,
  renderError: renderOpenAiError,
  isFinalStreamEvent: (event) => event.data === "[DONE]",
  renderStreamError: (error, requestId) => ({ data: JSON.stringify(renderOpenAiError(error, requestId).body) }),
};
