import { leafSlots } from "../shared/leaf-slots.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import { ITEM_STRUCTURE_KEYS, SEALED_KEYS } from "./item-structure-keys.ts";
import { isRecord, type JsonRecord } from "./json-record.ts";
import type { ResponsesInputItem, ResponsesRequest } from "./request-schema.ts";

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
 * whose names, types and references are not.
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
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
