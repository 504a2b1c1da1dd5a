import type { TextSlot } from "../types.ts";
import { leafSlots } from "./leaf-slots.ts";

type Container = Record<string | number, unknown>;

/**
 * Keys of a JSON Schema, and of the tool definition around it, whose values the vendor reads
 * as structure: names that are called or referenced, types, patterns, required lists and
 * numeric bounds. Changing one breaks the request, and none holds prose. `format` is read:
 * a schema's formats are a closed vocabulary, and a custom tool's grammar lives under it.
 */
const SCHEMA_STRUCTURE_KEYS: ReadonlySet<string> = new Set([
  "type", "name", "strict", "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor",
  "pattern", "required", "dependentRequired", "contentEncoding", "contentMediaType",
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains",
  "server_label", "connector_id", "vector_store_ids", "file_ids",
]);

/** Keywords whose values are data, not schema: read whole, keys and all, whatever names they use. */
const DATA_KEYWORDS: ReadonlySet<string> = new Set(["default", "enum", "const", "examples"]);

/** Keywords whose object maps names the schema's author chose to subschemas: the names stay, the subschemas are read. */
const SUBSCHEMA_MAPS: ReadonlySet<string> = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

/**
 * One text slot per string and number leaf of the tool definitions, JSON Schema or response
 * format at `container[key]`, except its structure: descriptions, titles, enums, defaults,
 * examples and consts are read; names, types, references and bounds are not. A property
 * named like a structure key (`name`, `type`) is still read, because leafSlots alone would
 * skip it wherever it sits.
 */
export function schemaLeafSlots(container: Container | unknown[], key: string | number): TextSlot[] {
  const value = (container as Container)[key];
  if (!isContainer(value)) return leafSlots(container, key);
  if (Array.isArray(value)) return value.flatMap((_, index) => schemaLeafSlots(value, index));
  return Object.entries(value).flatMap(([name, child]) => {
    if (SCHEMA_STRUCTURE_KEYS.has(name)) return [];
    if (DATA_KEYWORDS.has(name)) return leafSlots(value, name, { keys: true });
    if (SUBSCHEMA_MAPS.has(name) && isContainer(child) && !Array.isArray(child)) {
      return Object.keys(child).flatMap((property) => schemaLeafSlots(child, property));
    }
    return schemaLeafSlots(value, name);
  });
}
