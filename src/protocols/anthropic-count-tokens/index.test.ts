import { describe, expect, it } from "vitest";
import { anthropicCountTokensProtocol as protocol } from "./index.ts";

describe("anthropicCountTokensProtocol", () => {
  it("redacts like a Messages request, never streams, and keeps its answer as it is", () => {
    const parsed = protocol.parseRequest({ model: "claude-test", system: "for 536-22-1234", messages: [{ role: "user", content: "hi" }], stream: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(protocol.textSlots(parsed.request).map((slot) => slot.text)).toEqual(["for 536-22-1234", "hi"]);
    expect(protocol.isStreaming(parsed.request)).toBe(false);
    expect(protocol).toMatchObject({ id: "anthropic-count-tokens", family: "anthropic", upstreamPath: "/messages/count_tokens" });
    const answer = { input_tokens: 14 };
    const kit = { restore: () => "changed", createStream: () => ({ push: () => "", flush: () => "" }) };
    expect(protocol.restoreResponse(answer, kit)).toBe('{"input_tokens":14}');
    expect(answer).toEqual({ input_tokens: 14 });
  });

  it("reads tool definitions and stop sequences too, and refuses what it cannot read", () => {
    const parsed = protocol.parseRequest({
      model: "claude-test",
      messages: [{ role: "user", content: "hi" }],
      stop_sequences: ["jane.doe@example.com"],
      tools: [{ name: "f", description: "owner 536-22-1234", input_schema: { type: "object", properties: { to: { type: "string", enum: ["jane.doe@example.com"] } } } }],
    });
    expect(parsed.ok && protocol.textSlots(parsed.request).map((slot) => slot.text)).toEqual(["hi", "jane.doe@example.com", "owner 536-22-1234", "jane.doe@example.com"]);
    const pdf = protocol.parseRequest({ model: "claude-test", messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "application/pdf", data: "JVBERi0=" } }] }] });
    expect(!pdf.ok && pdf.message).toMatch(/document with base64 data.*nothing was forwarded/);
  });
});
