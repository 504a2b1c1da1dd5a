import { leafSlots } from "../shared/leaf-slots.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import { ITEM_STRUCTURE_KEYS, SEALED_KEYS } from "./item-structure-keys.ts";
import { isRecord, type JsonRecord } from "../shared/json-record.ts";
import type { ResponsesInputItem, ResponsesRequest } from "./request-schema.ts";
import { unnamedFieldSlots } from "../shared/unnamed-field-slots.ts";

/**
 * Top-level fields read by name below, and settings that hold numbers, switches, enums or
 * include lists: nothing a person writes. Every other top-level field is read whole.
 */
const TOP_LEVEL_SKIPPED: ReadonlySet<string> = new Set([
  "input", "instructions", "user", "safety_identifier", "prompt_cache_key", "metadata", "prompt", "tools", "text", "tool_choice",
  "model", "stream", "stream_options", "temperature", "top_p", "top_logprobs", "max_output_tokens", "max_tool_calls",
  "parallel_tool_calls", "service_tier", "store", "background", "truncation", "include", "reasoning", "prompt_cache_retention",
]);

/** A tool choice names a tool (and its MCP server) the vendor must find: those stay, anything else is read. */
const TOOL_CHOICE_STRUCTURE: ReadonlySet<string> = new Set(["type", "name", "server_label", "mode"]);

const withStructure = (...named: string[]): ReadonlySet<string> => new Set([...ITEM_STRUCTURE_KEYS, ...named]);

/** Per item type read field by field, the fields read by name; other types are read whole already. */
const ITEM_NAMED: Readonly<Record<string, ReadonlySet<string>>> = {
  message: withStructure("content"),
  function_call: withStructure("arguments"),
  function_call_output: withStructure("output"),
  custom_tool_call_output: withStructure("output"),
  local_shell_call_output: withStructure("output"),
  custom_tool_call: withStructure("input"),
  reasoning: withStructure("summary", "content"),
};

/** Per part type read field by field, the fields read by name (an image's data: URL is deliberately not read as text). */
const PART_NAMED: Readonly<Record<string, ReadonlySet<string>>> = {
  input_text: withStructure("text"),
  output_text: withStructure("text"),
  summary_text: withStructure("text"),
  reasoning_text: withStructure("text"),
  refusal: withStructure("refusal"),
  input_image: withStructure("image_url"),
  input_file: withStructure("filename", "file_url", "file_data"),
};

/** What a known part holds beyond the fields read by name. */
function unnamedPartSlots(part: unknown): TextSlot[] {
  if (!isRecord(part) || typeof part.type !== "string" || !Object.hasOwn(PART_NAMED, part.type)) return [];
  return unnamedFieldSlots(part, PART_NAMED[part.type]!, SEALED_KEYS);
}

const partsAt = (record: JsonRecord, key: string): unknown[] => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []);

/** What a known item holds beyond the fields read by name, and the same inside its parts. */
function unnamedItemSlots(item: ResponsesInputItem): TextSlot[] {
  const type = item.type ?? "message";
  if (!Object.hasOwn(ITEM_NAMED, type)) return [];
  const parts = [...partsAt(item, "content"), ...partsAt(item, "output"), ...partsAt(item, "summary")];
  return [...unnamedFieldSlots(item, ITEM_NAMED[type]!, SEALED_KEYS), ...parts.flatMap(unnamedPartSlots)];
}

/** A reusable prompt's id and version, and whatever else it holds beyond its variables. */
const PROMPT_NAMED: ReadonlySet<string> = new Set(["variables"]);

/**
 * An item or part of a type not listed below, read whole: every leaf and object key but its
 * top-level structure and sealed blobs, and `arguments` (JSON source in a string, as in an
 * MCP call) as JSON. The caller runs the tools behind such items, so what they hold is
 * the caller's data; base64 in them is refused by the request schema.
 */
function wholeRecordSlots(record: JsonRecord): Array<TextSlot | undefined> {
  return Object.keys(record).flatMap((key): Array<TextSlot | undefined> => {
    if (ITEM_STRUCTURE_KEYS.has(key)) return [];
    if (key === "arguments" && typeof record.arguments === "string") return [slotAt(record, key, "json")];
    return leafSlots(record, key, { opaqueKeys: SEALED_KEYS, keys: true });
  });
}

/** The text of one content part, whether the caller wrote it or resends what the model wrote. */
function partSlots(part: unknown): Array<TextSlot | undefined> {
  if (!isRecord(part)) return [];
  switch (part.type) {
    case "input_text":
    case "output_text":
    case "summary_text":
    case "reasoning_text":
      return [slotAt(part, "text")];
    case "refusal":
      return [slotAt(part, "refusal")];
    case "input_image":
      // A remote image URL is fetched by the vendor, so PII in its query string would leave.
      return typeof part.image_url === "string" && !part.image_url.startsWith("data:") ? [slotAt(part, "image_url")] : [];
    case "input_file":
      return [slotAt(part, "filename"), typeof part.file_url === "string" ? slotAt(part, "file_url") : undefined];
    default:
      return wholeRecordSlots(part);
  }
}

/** A string field or an array of content parts held under `key`. */
function textOrPartSlots(container: JsonRecord, key: string): Array<TextSlot | undefined> {
  const value = container[key];
  if (typeof value === "string") return [slotAt(container, key)];
  return Array.isArray(value) ? value.flatMap(partSlots) : [];
}

/** Mirrors the item types request-schema.ts lists; any other type is read whole. */
function itemSlots(item: ResponsesInputItem): Array<TextSlot | undefined> {
  switch (item.type) {
    case undefined:
    case "message":
      return textOrPartSlots(item, "content");
    case "function_call":
      return [slotAt(item, "arguments", "json")];
    case "function_call_output":
    case "custom_tool_call_output":
    case "local_shell_call_output":
      return textOrPartSlots(item, "output");
    case "custom_tool_call":
      return [slotAt(item, "input")];
    case "reasoning":
      return [...(item.summary ?? []).flatMap(partSlots), ...textOrPartSlots(item, "content")];
    default:
      return wholeRecordSlots(item);
  }
}

/**
 * Every string of a Responses request that the vendor reads and a person may have written:
 * `input` (a string, or items: messages with text parts, function calls whose `arguments`
 * hold JSON, tool outputs, resent reasoning summaries, and every other item read whole),
 * `instructions`, the values of a reusable prompt's variables, `user`, `safety_identifier`
 * and `prompt_cache_key` (apps often fill them with an email), metadata values, and tool
 * definitions and the `text.format` schema, whose descriptions and values are read but
 * whose names, types and references are not. Then everything else but settings, leaf by
 * leaf: fields the code does not name at the top level, on each item and part, in the prompt;
 * `tool_choice` but the tool's name. Each `call_id` is read: a value tokenizes to the same
 * placeholder throughout a request, so a call and its output stay paired.
 */
export function responsesTextSlots(request: ResponsesRequest): TextSlot[] {
  const slots: Array<TextSlot | undefined> = [
    slotAt(request, "instructions"),
    slotAt(request, "user"),
    slotAt(request, "safety_identifier"),
    ...leafSlots(request, "prompt_cache_key"),
    ...leafSlots(request, "metadata"),
  ];
  if (typeof request.input === "string") slots.push(slotAt(request, "input"));
  for (const item of Array.isArray(request.input) ? request.input : []) slots.push(...itemSlots(item));
  const variables = request.prompt?.variables ?? {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === "string") slots.push(slotAt(variables, name));
    else slots.push(...partSlots(value));
  }
  slots.push(...schemaLeafSlots(request, "tools"), ...schemaLeafSlots(request, "text"));
  slots.push(
    ...leafSlots(request, "tool_choice", { opaqueKeys: TOOL_CHOICE_STRUCTURE }),
    ...(Array.isArray(request.input) ? request.input.flatMap(unnamedItemSlots) : []),
    ...Object.values(variables).flatMap(unnamedPartSlots),
    ...(isRecord(request.prompt) ? unnamedFieldSlots(request.prompt, PROMPT_NAMED) : []),
    ...unnamedFieldSlots(request, TOP_LEVEL_SKIPPED),
  );
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
