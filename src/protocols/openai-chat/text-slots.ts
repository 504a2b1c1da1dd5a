import { leafSlots } from "../shared/leaf-slots.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { ChatCompletionRequest, ChatMessage } from "./request-schema.ts";

type Container = Record<string, unknown>;

const TYPE_KEY: ReadonlySet<string> = new Set(["type"]);

/**
 * Request fields, besides the messages, that hold what the caller wrote, read whole (strings,
 * arrays or objects): ids apps fill with emails, metadata values and stop sequences.
 */
const CALLER_FIELDS = ["user", "safety_identifier", "prompt_cache_key", "metadata", "stop"];

/** Like CALLER_FIELDS, but each object in them has a `type` the vendor dispatches on: a predicted answer, the user's location for web search. */
const TYPED_CALLER_FIELDS = ["prediction", "web_search_options"];

/** Fields that hold tool definitions or a JSON Schema: read except their structure. */
const SCHEMA_FIELDS = ["tools", "functions", "response_format"];

function isRecord(value: unknown): value is Container {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function contentSlots(message: ChatMessage): Array<TextSlot | undefined> {
  const content = message.content;
  if (typeof content === "string") return [slotAt(message, "content")];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part, index) => {
    if (part.type === "text") return [slotAt(part, "text")];
    if (part.type === "refusal") return [slotAt(part, "refusal")];
    if (part.type === "image_url") {
      // A remote image URL is fetched by the vendor, so PII in its query string would leave.
      return isRecord(part.image_url) && !String(part.image_url.url).startsWith("data:") ? [slotAt(part.image_url, "url")] : [];
    }
    if (part.type === "file") return isRecord(part.file) ? [slotAt(part.file, "filename")] : [];
    // A part type added after this code was written: every leaf but its type.
    return leafSlots(content, index, { opaqueKeys: TYPE_KEY });
  });
}

/**
 * Every string of a chat-completions request that the vendor reads and a person may have
 * written: message content (strings and text parts), names, refusals, tool-call arguments
 * (JSON held in a string) and custom tool-call input; the caller fields
 * above; and tool definitions, functions and a JSON-schema response format, whose
 * descriptions and values are read but whose names, types and references are not.
 */
export function chatCompletionTextSlots(request: ChatCompletionRequest): TextSlot[] {
  const slots: Array<TextSlot | undefined> = [
    ...CALLER_FIELDS.flatMap((field) => leafSlots(request, field)),
    ...TYPED_CALLER_FIELDS.flatMap((field) => leafSlots(request, field, { opaqueKeys: TYPE_KEY })),
  ];
  for (const message of request.messages) {
    slots.push(...contentSlots(message), slotAt(message, "name"), slotAt(message, "refusal"));
    for (const call of message.tool_calls ?? []) {
      if (call.function) slots.push(slotAt(call.function, "arguments", "json"));
      if (call.custom) slots.push(slotAt(call.custom, "input"));
    }
    if (message.function_call) slots.push(slotAt(message.function_call, "arguments", "json"));
  }
  slots.push(...SCHEMA_FIELDS.flatMap((field) => schemaLeafSlots(request, field)));
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
