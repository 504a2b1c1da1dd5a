import { describe, expect, it } from "vitest";
import { jsonSourceLeafSlots } from "./json-source-leaf-slots.ts";

describe("jsonSourceLeafSlots", () => {
  it("reads strings, numbers and keys of JSON source, and writes the source back re-serialised", () => {
    const call = { arguments: '{ "card": 4111111111111111, "to": { "jane@example.com": "cc" } }' };
    const slots = jsonSourceLeafSlots(call, "arguments");
    expect(slots.map((slot) => [slot.text, slot.encoding])).toEqual([
      ["4111111111111111", "text"],
      ["card", "text"],
      ["cc", "text"],
      ["jane@example.com", "text"],
      ["to", "text"],
    ]);
    slots[0]!.write("[CARD]");
    slots[3]!.write("[EMAIL]");
    expect(JSON.parse(call.arguments)).toEqual({ card: "[CARD]", to: { "[EMAIL]": "cc" } });
  });

  it("reads source that does not parse as one text slot, and nothing from an empty or missing string", () => {
    const call: Record<string, unknown> = { arguments: "{broken", empty: "" };
    const [slot] = jsonSourceLeafSlots(call, "arguments");
    expect(slot?.text).toBe("{broken");
    slot!.write("{fixed");
    expect(call.arguments).toBe("{fixed");
    expect(jsonSourceLeafSlots(call, "empty")).toEqual([]);
    expect(jsonSourceLeafSlots(call, "missing")).toEqual([]);
  });
});
