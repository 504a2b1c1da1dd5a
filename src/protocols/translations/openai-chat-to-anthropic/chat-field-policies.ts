import { isJsonObject } from "../../anthropic-messages/json-value.ts";
import { type FieldPolicy, isOneOf } from "../request-field-policy.ts";

const NO_ALTERNATIVES = "the Messages API returns exactly one answer per request.";
const NO_LOGPROBS = "the Messages API does not report token log probabilities.";
const NO_AUDIO = "the Messages API answers in text only.";

/**
 * What becomes of each chat-completions field when the vendor speaks Anthropic Messages
 * (see README.md beside this folder). A field not named here is refused.
 */
export const CHAT_FIELD_POLICIES: Readonly<Record<string, FieldPolicy>> = {
  model: "translated",
  messages: "translated",
  max_tokens: "translated",
  max_completion_tokens: "translated",
  temperature: {
    refused: "Anthropic-protocol vendors accept a temperature from 0 to 1; scaling it would change what the caller asked for.",
    allowed: (value) => typeof value === "number" && value >= 0 && value <= 1,
  },
  top_p: "translated",
  stop: "translated",
  stream: "translated",
  stream_options: "translated",
  user: "translated",
  tools: "translated",
  tool_choice: "translated",
  parallel_tool_calls: "translated",
  response_format: {
    refused: "only the 'text' and 'json_schema' response formats translate; 'json_object' (JSON without a schema) has no Messages equivalent.",
    allowed: (value) => isJsonObject(value) && (value.type === "text" || value.type === "json_schema"),
  },

  // Hints about storage, billing and caching: the answer means the same without them.
  store: "dropped",
  metadata: "dropped",
  service_tier: "dropped",
  seed: "dropped",
  prompt_cache_key: "dropped",
  prompt_cache_retention: "dropped",
  prompt_cache_options: "dropped",
  safety_identifier: "dropped",
  prediction: "dropped",

  n: { refused: `several choices were asked for, and ${NO_ALTERNATIVES}`, allowed: isOneOf(1) },
  logprobs: { refused: NO_LOGPROBS, allowed: isOneOf(false) },
  top_logprobs: { refused: NO_LOGPROBS },
  audio: { refused: NO_AUDIO },
  modalities: { refused: NO_AUDIO, allowed: (value) => Array.isArray(value) && value.every((modality) => modality === "text") },
  frequency_penalty: { refused: "the Messages API has no frequency penalty.", allowed: isOneOf(0) },
  presence_penalty: { refused: "the Messages API has no presence penalty.", allowed: isOneOf(0) },
  logit_bias: { refused: "the Messages API has no logit bias.", allowed: (value) => isJsonObject(value) && Object.keys(value).length === 0 },
  functions: { refused: "the deprecated 'functions' API is not translated; send 'tools' instead." },
  function_call: { refused: "the deprecated 'functions' API is not translated; send 'tool_choice' instead." },
  reasoning_effort: { refused: "reasoning effort has no faithful Messages equivalent (extended thinking needs a token budget)." },
  verbosity: { refused: "the Messages API has no verbosity setting." },
  web_search_options: { refused: "web search is a server tool of its own on Anthropic-protocol vendors and is not translated." },
  moderation: { refused: "the Messages API has no moderation setting." },
};
