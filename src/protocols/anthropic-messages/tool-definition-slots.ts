import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";
import { isJsonObject } from "./json-value.ts";
import { jsonLeafSlots } from "./json-leaf-slots.ts";
import { schemaLeafSlots } from "../shared/schema-leaf-slots.ts";
import { OPAQUE_KEYS } from "./opaque-keys.ts";

/**
 * Every string of one entry of `tools` that the vendor reads and a person may have
 * written: the description, the texts of `input_schema` (see {@link schemaLeafSlots}),
 * `input_examples` (read like a `tool_use` input, keys included), and every leaf of any
 * other field, such as a server tool's `user_location` or allowed domains. The tool's
 * `name` is left as it is: `tool_use` blocks and `tool_choice` refer to the tool by it.
 */
export function toolDefinitionSlots(tools: unknown[], index: number): TextSlot[] {
  const tool = tools[index];
  if (!isJsonObject(tool)) return leafSlots(tools, index);
  return Object.keys(tool).flatMap((field) => {
    if (field === "name" || OPAQUE_KEYS.has(field)) return [];
    if (field === "input_schema") return schemaLeafSlots(tool, field);
    if (field === "input_examples") return jsonLeafSlots(tool, field);
    return leafSlots(tool, field, { opaqueKeys: OPAQUE_KEYS });
  });
}
