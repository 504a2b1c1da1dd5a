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
});
