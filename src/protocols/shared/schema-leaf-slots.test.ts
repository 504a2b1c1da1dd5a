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
