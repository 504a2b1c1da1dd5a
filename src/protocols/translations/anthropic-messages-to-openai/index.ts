import type { AnthropicMessagesRequest } from "../../anthropic-messages/request-schema.ts";
import type { ProtocolTranslation } from "../../types.ts";
import { createMessagesStreamFromChat } from "./create-messages-stream-from-chat.ts";
import { translateChatCompletion } from "./translate-chat-completion.ts";
import { translateMessagesRequest } from "./translate-messages-request.ts";

/** Prefixes every refusal, so the caller knows a translation, not their vendor, said no. */
const REFUSAL_PREFIX = "This Messages request cannot be translated for an OpenAI-protocol vendor: ";

/**
 * Anthropic Messages (`/v1/messages`) to a vendor that speaks OpenAI chat completions: the
 * request, JSON answers and SSE streams. What translates and what is refused or dropped is
 * listed in `src/protocols/translations/README.md`.
 */
export const anthropicMessagesToOpenAiTranslation: ProtocolTranslation<AnthropicMessagesRequest> = {
  from: "anthropic-messages",
  to: "openai",
  upstreamPath: "/chat/completions",
  translateRequest(request) {
    const result = translateMessagesRequest(request);
    return result.ok ? { ok: true, body: result.value } : { ok: false, message: `${REFUSAL_PREFIX}${result.message}` };
  },
  translateResponse: translateChatCompletion,
  // The stream's shape does not depend on the request: usage is always asked for and reported.
  createStreamTranslation: () => createMessagesStreamFromChat(),
};
