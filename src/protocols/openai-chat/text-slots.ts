import { leafSlots } from "../shared/leaf-slots.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { ChatCompletionRequest, ChatMessage } from "./request-schema.ts";
import { unnamedFieldSlots } from "../shared/unnamed-field-slots.ts";
import { isRecord } from "../shared/json-record.ts";

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

/**
 * Top-level fields read by name above, and settings that hold numbers, switches or enums:
 * nothing a person writes. Every other top-level field is read whole.
 */
const TOP_LEVEL_SKIPPED: ReadonlySet<string> = new Set([
  "messages", ...CALLER_FIELDS, ...TYPED_CALLER_FIELDS, ...SCHEMA_FIELDS, "tool_choice", "function_call",
  "model", "stream", "stream_options", "temperature", "top_p", "n", "max_tokens", "max_completion_tokens",
  "presence_penalty", "frequency_penalty", "seed", "logprobs", "top_logprobs", "parallel_tool_calls",
  "service_tier", "store", "reasoning_effort", "verbosity", "modalities", "audio", "prompt_cache_retention",
]);

/** A tool choice names a tool the vendor must find: its names and types stay, anything else is read. */
const TOOL_CHOICE_STRUCTURE: ReadonlySet<string> = new Set(["type", "name", "mode"]);

const MESSAGE_NAMED: ReadonlySet<string> = new Set(["role", "content", "name", "refusal", "tool_calls", "function_call"]);
const TOOL_CALL_NAMED: ReadonlySet<string> = new Set(["type", "function", "custom"]);
/** `name` is the tool being called; `arguments` and `input` are read by name. */
const CALLED_TOOL_NAMED: ReadonlySet<string> = new Set(["name", "arguments", "input"]);

/** Per part type, the fields read by name (an image's data: URL and a file's bytes are deliberately not read as text). */
const PART_NAMED: Readonly<Record<string, ReadonlySet<string>>> = {
  text: new Set(["type", "text"]),
  refusal: new Set(["type", "refusal"]),
  image_url: new Set(["type", "image_url"]),
  file: new Set(["type", "file"]),
};
const NESTED_PART_NAMED: Readonly<Record<string, ReadonlySet<string>>> = {
  image_url: new Set(["url"]),
  file: new Set(["filename", "file_data"]),
};

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

/** What a known part holds beyond the fields read by name; a part of another type is already read whole. */
function unnamedPartSlots(part: unknown): TextSlot[] {
  if (!isRecord(part) || typeof part.type !== "string" || !Object.hasOwn(PART_NAMED, part.type)) return [];
  const nested = part[part.type];
  return [
    ...unnamedFieldSlots(part, PART_NAMED[part.type]!),
    ...(isRecord(nested) ? unnamedFieldSlots(nested, NESTED_PART_NAMED[part.type]!) : []),
  ];
}

function unnamedToolCallSlots(call: Container): TextSlot[] {
  return [
    ...unnamedFieldSlots(call, TOOL_CALL_NAMED),
    ...(isRecord(call.function) ? unnamedFieldSlots(call.function, CALLED_TOOL_NAMED) : []),
    ...(isRecord(call.custom) ? unnamedFieldSlots(call.custom, CALLED_TOOL_NAMED) : []),
  ];
}

/** A message's fields the code does not name (a tool message's `tool_call_id` among them), and the same inside its parts and tool calls. */
function unnamedMessageSlots(message: ChatMessage): TextSlot[] {
  return [
    ...unnamedFieldSlots(message, MESSAGE_NAMED),
    ...(Array.isArray(message.content) ? message.content.flatMap(unnamedPartSlots) : []),
    ...(message.tool_calls ?? []).flatMap(unnamedToolCallSlots),
    ...(isRecord(message.function_call) ? unnamedFieldSlots(message.function_call, CALLED_TOOL_NAMED) : []),
  ];
}

/**
 * Every string of a chat-completions request that the vendor reads and a person may have
 * written: message content (strings and text parts), names, refusals, tool-call arguments
 * (JSON held in a string) and custom tool-call input; the caller fields
 * above; and tool definitions, functions and a JSON-schema response format, whose
 * descriptions and values are read but whose names, types and references are not.
 * Then everything else but settings, leaf by leaf: fields the code does not name, at the
 * top level, on each message, part and tool call; `tool_choice` but the tool's name;
 * `logit_bias` keys (token ids: nothing is found in them, but nothing goes unread).
 * Ids that pair a tool call with its result are read too: a value tokenizes to the same
 * placeholder throughout a request, so a pair stays a pair.
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
  slots.push(
    ...leafSlots(request, "tool_choice", { opaqueKeys: TOOL_CHOICE_STRUCTURE }),
    ...leafSlots(request, "function_call", { opaqueKeys: TOOL_CHOICE_STRUCTURE }),
    ...request.messages.flatMap(unnamedMessageSlots),
    ...unnamedFieldSlots(request, TOP_LEVEL_SKIPPED),
  );
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
