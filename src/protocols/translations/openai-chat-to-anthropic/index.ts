import type { ChatCompletionRequest } from "../../openai-chat/request-schema.ts";
import type { ProtocolTranslation } from "../../types.ts";
import { createChatStreamFromAnthropic } from "./create-chat-stream-from-anthropic.ts";
import { translateAnthropicMessage } from "./translate-anthropic-message.ts";
import { translateChatRequest } from "./translate-chat-request.ts";

/** Prefixes every refusal, so the caller knows a translation, not their vendor, said no. */
const REFUSAL_PREFIX = "This chat-completions request cannot be translated for an Anthropic-protocol vendor: ";

/**
 * Chat completions (`/v1/chat/completions`) to a vendor that speaks Anthropic Messages:
 * the request both ways, JSON answers and SSE streams. What translates and what is refused
 * or dropped is listed in `src/protocols/translations/README.md`.
 */
export const openAiChatToAnthropicTranslation: ProtocolTranslation<ChatCompletionRequest> = {
  from: "openai-chat",
  to: "anthropic",
  upstreamPath: "/messages",
  translateRequest(request) {
    const result = translateChatRequest(request);
    return result.ok ? { ok: true, body: result.value } : { ok: false, message: `${REFUSAL_PREFIX}${result.message}` };
  },
  translateResponse: (body) => translateAnthropicMessage(body),
  createStreamTranslation(request) {
    const streamOptions = request.stream_options;
    const includeUsage = typeof streamOptions === "object" && streamOptions !== null && "include_usage" in streamOptions && streamOptions.include_usage === true;
    return createChatStreamFromAnthropic({ includeUsage });
  },
};
