import { leafSlots } from "../shared/leaf-slots.ts";
import type { TextSlot } from "../types.ts";
import { isJsonObject } from "./json-value.ts";

/** Keywords whose values are the schema's structure: types, references, formats, patterns, property names. */
const STRUCTURE_KEYWORDS: ReadonlySet<string> = new Set([
  "type",
  "$ref",
  "$schema",
  "$id",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "format",
  "pattern",
  "required",
  "contentEncoding",
  "contentMediaType",
]);

/** Keywords whose value names subschemas: the names are structure, each subschema is read as a schema. */
const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

/** Keywords whose value is a subschema or a list of them. */
const SUBSCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "propertyNames",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
]);

/**
 * One text slot per leaf of the JSON Schema at `container[key]` that a person wrote:
 * titles, descriptions, `enum`, `const`, `default`, `examples`, `$comment` and any keyword
 * Veilgate does not know (every string and number leaf, and their object keys). Structure
 * is left as it is. The walk knows where a keyword stands, so a property that happens to be
 * named `type` or `description` is still read as a schema.
 */
export function jsonSchemaSlots(container: Record<string, unknown> | unknown[], key: string | number): TextSlot[] {
  const schema = (container as Record<string | number, unknown>)[key];
  if (Array.isArray(schema)) return schema.flatMap((_, index) => jsonSchemaSlots(schema, index));
  // A boolean schema has no leaves; anything else that is not a schema is read as it is.
  if (!isJsonObject(schema)) return leafSlots(container, key);
  return Object.keys(schema).flatMap((keyword) => {
    if (STRUCTURE_KEYWORDS.has(keyword)) return [];
    if (SUBSCHEMA_KEYWORDS.has(keyword)) return jsonSchemaSlots(schema, keyword);
    const subschemas = schema[keyword];
    if (SCHEMA_MAP_KEYWORDS.has(keyword) && isJsonObject(subschemas)) return Object.keys(subschemas).flatMap((name) => jsonSchemaSlots(subschemas, name));
    return leafSlots(schema, keyword, { keys: true });
  });
}
