import { isJsonObject } from "../../anthropic-messages/json-value.ts";
import type { FieldPolicy } from "../request-field-policy.ts";

/** `output_config` translates only as a JSON-schema output format; an effort level has no chat equivalent. */
const translatableOutputConfig = (value: unknown): boolean =>
  isJsonObject(value) &&
  Object.entries(value).every(([key, setting]) => setting === null || (key === "format" && isJsonObject(setting) && setting.type === "json_schema"));

/**
 * What becomes of each Messages field when the vendor speaks OpenAI chat completions (see
 * README.md beside this folder). A field not named here is refused.
 */
export const MESSAGES_FIELD_POLICIES: Readonly<Record<string, FieldPolicy>> = {
  model: "translated",
  max_tokens: "translated",
  messages: "translated",
  system: "translated",
  stop_sequences: "translated",
  stream: "translated",
  temperature: "translated",
  top_p: "translated",
  tools: "translated",
  tool_choice: "translated",
  metadata: {
    refused: "only 'metadata.user_id' translates (to 'user').",
    allowed: (value) => isJsonObject(value) && Object.keys(value).every((key) => key === "user_id"),
  },
  output_config: {
    refused: "only a 'json_schema' output format translates; an effort level has no chat-completions equivalent.",
    allowed: translatableOutputConfig,
  },
  thinking: {
    refused: "extended thinking cannot be translated: chat completions has no thinking blocks or thinking budget.",
    allowed: (value) => isJsonObject(value) && value.type === "disabled",
  },

  // Hints about billing, speed and caching: the answer means the same without them.
  service_tier: "dropped",
  speed: "dropped",
  cache_control: "dropped",

  top_k: { refused: "chat completions has no top_k sampling." },
  inference_geo: { refused: "a data-residency choice cannot be honoured through a chat-completions vendor." },
  container: { refused: "code-execution containers exist only on Anthropic-protocol vendors." },
  mcp_servers: { refused: "MCP servers are called by Anthropic-protocol vendors themselves and cannot be translated." },
  context_management: { refused: "context management exists only on Anthropic-protocol vendors." },
};
