import { anthropicCountTokensProtocol } from "./anthropic-count-tokens/index.ts";
import { anthropicMessagesProtocol } from "./anthropic-messages/index.ts";
import { openAiChatProtocol } from "./openai-chat/index.ts";
import { openAiCompletionsProtocol } from "./openai-completions/index.ts";
import { openAiEmbeddingsProtocol } from "./openai-embeddings/index.ts";
import { openAiResponsesProtocol } from "./openai-responses/index.ts";
import { anthropicMessagesToOpenAiTranslation } from "./translations/anthropic-messages-to-openai/index.ts";
import { openAiChatToAnthropicTranslation } from "./translations/openai-chat-to-anthropic/index.ts";
import type { ModelProtocol, ProtocolTranslation, VendorProtocol } from "./types.ts";

/** A model endpoint Veilgate serves, and the protocol that understands it. */
export interface ModelEndpoint {
  path: string;
  /** Typed over `never`: each protocol has its own request type, and only it ever sees one. */
  protocol: ModelProtocol<never>;
}

/** Every endpoint that forwards text to a vendor, registered explicitly. */
export const MODEL_ENDPOINTS: readonly ModelEndpoint[] = [
  { path: "/v1/chat/completions", protocol: openAiChatProtocol as ModelProtocol<never> },
  { path: "/v1/responses", protocol: openAiResponsesProtocol as ModelProtocol<never> },
  { path: "/v1/embeddings", protocol: openAiEmbeddingsProtocol as ModelProtocol<never> },
  { path: "/v1/completions", protocol: openAiCompletionsProtocol as ModelProtocol<never> },
  { path: "/v1/messages", protocol: anthropicMessagesProtocol as ModelProtocol<never> },
  { path: "/v1/messages/count_tokens", protocol: anthropicCountTokensProtocol as ModelProtocol<never> },
];

/** Every translation between an endpoint's protocol and another vendor family. */
const TRANSLATIONS: ReadonlyArray<ProtocolTranslation<never>> = [
  openAiChatToAnthropicTranslation as ProtocolTranslation<never>,
  anthropicMessagesToOpenAiTranslation as ProtocolTranslation<never>,
];

/** The translation that carries `protocolId` requests to `vendorProtocol` vendors, if there is one. */
export function findTranslation(protocolId: string, vendorProtocol: VendorProtocol): ProtocolTranslation<never> | undefined {
  return TRANSLATIONS.find((translation) => translation.from === protocolId && translation.to === vendorProtocol);
}
