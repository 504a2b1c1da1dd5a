import { anthropicMessagesProtocol } from "../anthropic-messages/index.ts";
import type { AnthropicMessagesRequest } from "../anthropic-messages/request-schema.ts";
import type { ModelProtocol } from "../types.ts";

/**
 * Anthropic's `POST /v1/messages/count_tokens`. The vendor counts the tokens of a Messages
 * request, so the request is parsed and redacted exactly like one (the count is then of
 * the redacted text, which is what the vendor would really read). The answer,
 * `{input_tokens}`, holds no text: nothing to restore. It never streams.
 */
export const anthropicCountTokensProtocol: ModelProtocol<AnthropicMessagesRequest> = {
  ...anthropicMessagesProtocol,
  id: "anthropic-count-tokens",
  upstreamPath: "/messages/count_tokens",
  isStreaming: () => false,
  restoreResponse: (body) => JSON.stringify(body),
};
