import { describe, expect, it } from "vitest";
import { jsonSchemaSlots } from "./json-schema-slots.ts";

describe("jsonSchemaSlots", () => {
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
    const slots = jsonSchemaSlots(holder, "schema");
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
    expect(jsonSchemaSlots({ schema: "free text 536-22-1234" }, "schema").map((slot) => slot.text)).toEqual(["free text 536-22-1234"]);
    expect(jsonSchemaSlots({ schema: true }, "schema")).toEqual([]);
  });
});
