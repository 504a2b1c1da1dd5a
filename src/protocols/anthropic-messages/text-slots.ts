import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";
import { contentSlots } from "./content-block-slots.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { OPAQUE_KEYS } from "./opaque-keys.ts";
import type { AnthropicMessagesRequest } from "./request-schema.ts";
import { toolDefinitionSlots } from "./tool-definition-slots.ts";

/** Top-level fields that hold numbers, switches, enums, tool names or vendor ids: nothing a person writes. */
const SETTING_FIELDS: ReadonlySet<string> = new Set([
  "model",
  "max_tokens",
  "stream",
  "temperature",
  "top_k",
  "top_p",
  "thinking",
  "tool_choice",
  "service_tier",
  "speed",
  "inference_geo",
  "container",
  "diagnostics",
  "cache_control",
]);

/** An MCP server's bearer token is a credential the vendor must present as it is. */
const MCP_SERVER_OPAQUE_KEYS: ReadonlySet<string> = new Set([...OPAQUE_KEYS, "authorization_token"]);

const everyLeaf = (container: JsonObject | unknown[], field: string | number): TextSlot[] => leafSlots(container, field, { opaqueKeys: OPAQUE_KEYS });

/** A message's role is structure; its content is read block by block, anything else leaf by leaf. */
function messageSlots(message: JsonObject): TextSlot[] {
  return Object.keys(message).flatMap((field) => (field === "role" ? [] : field === "content" ? contentSlots(message, field) : everyLeaf(message, field)));
}

/** `output_config` (or the older `output_format`): its `schema` is read as a JSON Schema, the rest leaf by leaf. */
function structuredOutputSlots(container: JsonObject, field: string): TextSlot[] {
  const value = container[field];
  if (!isJsonObject(value)) return everyLeaf(container, field);
  return Object.keys(value).flatMap((key) => (OPAQUE_KEYS.has(key) ? [] : key === "schema" ? schemaLeafSlots(value, key) : structuredOutputSlots(value, key)));
}

function listSlots(container: JsonObject, field: string, itemSlots: (items: unknown[], index: number) => TextSlot[]): TextSlot[] {
  const items = container[field];
  return Array.isArray(items) ? items.flatMap((_, index) => itemSlots(items, index)) : everyLeaf(container, field);
}

function requestFieldSlots(request: JsonObject, field: string): TextSlot[] {
  if (SETTING_FIELDS.has(field)) return [];
  switch (field) {
    case "system":
      return contentSlots(request, field);
    case "messages":
      return listSlots(request, field, (messages, index) => (isJsonObject(messages[index]) ? messageSlots(messages[index]) : everyLeaf(messages, index)));
    case "tools":
      return listSlots(request, field, toolDefinitionSlots);
    case "output_config":
    case "output_format":
      return structuredOutputSlots(request, field);
    case "mcp_servers":
      return leafSlots(request, field, { opaqueKeys: MCP_SERVER_OPAQUE_KEYS });
    default:
      return everyLeaf(request, field);
  }
}

/**
 * Every string of an Anthropic Messages request that the vendor reads and a person or an
 * app may have filled, the system prompt first and then in request order: each message's content (see
 * {@link contentSlots}), tool definitions (see {@link toolDefinitionSlots}), the schema of
 * a structured output, `stop_sequences`, `metadata` (apps often put an email in `user_id`),
 * MCP server URLs, and every leaf of any field Veilgate does not know. Only settings
 * ({@link SETTING_FIELDS}) pass through unread.
 */
export function anthropicMessagesTextSlots(request: AnthropicMessagesRequest): TextSlot[] {
  const fields = ["system", ...Object.keys(request).filter((field) => field !== "system")];
  return fields.flatMap((field) => requestFieldSlots(request, field));
}
