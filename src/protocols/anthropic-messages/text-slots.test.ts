import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anthropicMessagesRequestSchema, type AnthropicMessagesRequest } from "./request-schema.ts";
import { anthropicMessagesTextSlots } from "./text-slots.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8"));
const parse = (body: unknown): AnthropicMessagesRequest => anthropicMessagesRequestSchema.parse(body);

describe("anthropicMessagesTextSlots", () => {
  it("lists every string the vendor reads, in request order", () => {
    const slots = anthropicMessagesTextSlots(parse(fixture("request-everything.json")));
    expect(slots.map((slot) => slot.text)).toEqual([
      "You help the account holder jane.doe@example.com.",
      "My SSN is 536-22-1234.",
      "Looking up 536-22-1234 now.",
      "536-22-1234",
      "ssn",
      "jane.doe@example.com",
      "emails",
      "3",
      "limit",
      "contact",
      "strict",
      "card 4111 1111 1111 1111",
      "phone +1 415-867-5309",
      "Patient MRN 00482913",
      "Chart of jane.doe@example.com",
      "Referred by NPI 1234567893",
      "https://files.example/scan?owner=jane.doe@example.com",
      "What do you see?",
      "jane.doe@example.com",
    ]);
    expect(slots.every((slot) => slot.encoding === "text")).toBe(true);
  });

  it("writes each slot back in place and leaves thinking, tools and non-string leaves untouched", () => {
    const original = fixture("request-everything.json");
    const request = parse(structuredClone(original));
    // The tool_use input's keys and its number are slots too (see the next test); here only values are rewritten.
    const keysAndNumbers = new Set(["ssn", "emails", "3", "limit", "contact", "strict"]);
    for (const slot of anthropicMessagesTextSlots(request)) if (!keysAndNumbers.has(slot.text)) slot.write(`<${slot.text.length}>`);
    const sent = JSON.parse(JSON.stringify(request)) as Record<string, unknown>;
    expect(sent.tools).toEqual((original as Record<string, unknown>).tools);
    expect(sent.thinking).toEqual((original as Record<string, unknown>).thinking);
    const [, assistant, toolTurn] = request.messages;
    expect(assistant!.content[0]).toEqual({ type: "thinking", thinking: "SSN is [US_SSN_7QK2MX]; look it up.", signature: "EqQBCgIYAhIM1gbcDa9GJwZA" });
    expect(assistant!.content[1]).toEqual({ type: "redacted_thinking", data: "EmwKAhgBEgy3va3pzix" });
    expect(assistant!.content[3]).toMatchObject({ input: { ssn: "<11>", contact: { emails: ["<20>"], limit: 3 }, strict: true } });
    expect(toolTurn!.content[1]).toMatchObject({ content: [{ text: "<21>" }, { source: { type: "base64", data: "iVBORw0KGgo=" } }] });
    expect(request.metadata).toEqual({ user_id: "<20>" });
    expect(request.system).toEqual([{ type: "text", text: "<49>", cache_control: { type: "ephemeral" } }]);
  });

  it("reads a tool_use input's numbers and keys: a redacted number becomes a string, a redacted key is renamed", () => {
    const request = parse({
      model: "claude-test",
      messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t", name: "pay", input: { card: 4111111111111111, cc: { "jane.doe@example.com": true }, n: 2 } }] }],
    });
    const slots = anthropicMessagesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["4111111111111111", "card", "jane.doe@example.com", "cc", "2", "n"]);
    slots[0]!.write("[CREDIT_CARD_1]");
    slots[2]!.write("[EMAIL_1]");
    expect(request.messages[0]!.content).toMatchObject([{ input: { card: "[CREDIT_CARD_1]", cc: { "[EMAIL_1]": true }, n: 2 } }]);
    expect(Object.keys((request.messages[0]!.content[0] as unknown as { input: { cc: object } }).input.cc)).toEqual(["[EMAIL_1]"]);
  });

  it("takes a string system prompt and string contents, and skips empty strings and null metadata", () => {
    const request = parse({
      model: "claude-test",
      system: "Be brief with 536-22-1234.",
      metadata: null,
      messages: [
        { role: "user", content: "first" },
        { role: "assistant", content: "" },
        { role: "user", content: [{ type: "text", text: "" }, { type: "tool_use", id: "t", name: "n", input: { deep: [[{ value: "leaf" }]], n: null } }] },
      ],
    });
    const slots = anthropicMessagesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["Be brief with 536-22-1234.", "first", "leaf", "value", "deep", "n"]);
    slots[2]!.write("LEAF");
    expect(request.messages[2]!.content).toMatchObject([{}, { input: { deep: [[{ value: "LEAF" }]], n: null } }]);
    slots[0]!.write("Be brief.");
    expect(request.system).toBe("Be brief.");
  });

  it("reads document sources of nested content, search results and citations in history", () => {
    const request = parse({
      model: "claude-test",
      messages: [
        {
          role: "user",
          content: [
            { type: "document", source: { type: "content", content: [{ type: "text", text: "nested 1" }] } },
            { type: "document", source: { type: "base64", media_type: "application/pdf", data: "JVBERi0=" } },
            { type: "search_result", source: "https://kb.example/a", title: "KB", content: [{ type: "text", text: "result text" }] },
          ],
        },
        { role: "assistant", content: [{ type: "text", text: "quote", citations: [{ type: "char_location", cited_text: "cited", document_title: "Doc" }] }] },
      ],
    });
    expect(anthropicMessagesTextSlots(request).map((slot) => slot.text)).toEqual(["nested 1", "https://kb.example/a", "KB", "result text", "quote", "cited", "Doc"]);
  });
});
