import { describe, expect, it } from "vitest";
import { schemaLeafSlots } from "./schema-leaf-slots.ts";

describe("schemaLeafSlots", () => {
  it("reads descriptions and values of a schema, not its names, types, references, patterns or bounds", () => {
    const holder = {
      schema: {
        type: "object",
        description: "A person",
        properties: { name: { type: "string", description: "Full name", default: "Jane Doe" }, type: { $ref: "#/$defs/kind" }, age: { type: "integer", minimum: 18, enum: [21, 30] }, owner: { type: "object", default: { name: "Jo", type: "x" } } },
        $defs: { kind: { type: "string", pattern: "^[a-z]+$", const: "kind" } },
        required: ["name", "type"],
      },
    };
    const slots = schemaLeafSlots(holder, "schema");
    expect(slots.map((slot) => slot.text)).toEqual(["A person", "Full name", "Jane Doe", "21", "30", "Jo", "name", "x", "type", "kind"]);
    slots[2]!.write("[PERSON_1]");
    expect(holder.schema.properties.name).toEqual({ type: "string", description: "Full name", default: "[PERSON_1]" });
    expect(Object.keys(holder.schema.properties)).toEqual(["name", "type", "age", "owner"]);
  });

  it("reads every entry of an array of tool definitions, and a bare string", () => {
    const holder = { tools: [{ type: "function", name: "f", description: "one" }, { type: "mcp", server_label: "crm", server_url: "https://mcp.example/?u=jane" }], stop: "END" };
    expect(schemaLeafSlots(holder, "tools").map((slot) => slot.text)).toEqual(["one", "https://mcp.example/?u=jane"]);
    expect(schemaLeafSlots(holder, "stop").map((slot) => slot.text)).toEqual(["END"]);
    expect(schemaLeafSlots(holder, "missing")).toEqual([]);
  });
});

describe("schemaLeafSlots on a JSON Schema (an Anthropic input_schema or structured-output schema)", () => {
  it("reads what a person wrote in a schema and leaves its structure, wherever a keyword stands", () => {
    const holder = {
      schema: {
        type: "object",
        title: "Record of 536-22-1234",
        $comment: "owner jane.doe@example.com",
        properties: {
          description: { type: "string", description: "a property named description" },
          kind: { anyOf: [{ const: "jane.doe@example.com" }, { type: "null" }] },
          tags: { type: "array", items: { enum: ["vip", 4111111111111111] }, prefixItems: [true, { default: "first" }] },
        },
        required: ["description"],
        if: { properties: { kind: { const: "a" } } },
        then: { examples: [{ "ann@example.com": "cc" }] },
        patternProperties: { "^x-": { description: "extension" } },
        additionalProperties: false,
      },
    };
    const slots = schemaLeafSlots(holder, "schema");
    expect(slots.map((slot) => slot.text)).toEqual([
      "Record of 536-22-1234",
      "owner jane.doe@example.com",
      "a property named description",
      "jane.doe@example.com",
      "vip",
      "4111111111111111",
      "first",
      "a",
      "cc",
      "ann@example.com",
      "extension",
    ]);
    slots[3]!.write("[EMAIL_1]");
    slots[5]!.write("[CREDIT_CARD_1]");
    expect(holder.schema.properties.kind.anyOf[0]).toEqual({ const: "[EMAIL_1]" });
    expect(holder.schema.properties.tags.items.enum).toEqual(["vip", "[CREDIT_CARD_1]"]);
    expect(holder.schema.required).toEqual(["description"]);
  });

  it("reads a value that is not a schema as it is, and nothing of a boolean schema", () => {
    expect(schemaLeafSlots({ schema: "free text 536-22-1234" }, "schema").map((slot) => slot.text)).toEqual(["free text 536-22-1234"]);
    expect(schemaLeafSlots({ schema: true }, "schema")).toEqual([]);
  });
});
