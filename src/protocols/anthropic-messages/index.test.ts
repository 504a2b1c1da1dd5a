import { describe, expect, it } from "vitest";
import { ProxyError } from "../../errors.ts";
import { anthropicMessagesProtocol as protocol } from "./index.ts";

describe("anthropicMessagesProtocol", () => {
  it("parses a request loosely, keeping fields it does not name", () => {
    const parsed = protocol.parseRequest({ model: "claude-test", max_tokens: 5, top_k: 3, messages: [{ role: "user", content: "hi" }], stream: true });
    expect(parsed.ok && parsed.request).toMatchObject({ top_k: 3, max_tokens: 5 });
    expect(parsed.ok && protocol.isStreaming(parsed.request)).toBe(true);
    expect(parsed.ok && protocol.requestedModel(parsed.request)).toBe("claude-test");
  });

  it.each([
    [{ messages: [{ role: "user", content: "hi" }] }, /model/],
    [{ model: "claude-test", messages: "hi" }, /messages/],
    [{ model: "claude-test", messages: [{ role: "user", content: 42 }] }, /content/],
    [{ model: "claude-test", system: 7, messages: [{ role: "user", content: "hi" }] }, /system/],
  ])("names the field that is wrong in %j", (body, field) => {
    const parsed = protocol.parseRequest(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(field);
  });

  it("forwards the API version and beta headers, talks to /messages and ends a stream at message_stop", () => {
    expect(protocol).toMatchObject({ family: "anthropic", upstreamPath: "/messages", forwardedHeaders: ["anthropic-version", "anthropic-beta"] });
    expect(protocol.isFinalStreamEvent({ event: "message_stop", data: '{"type":"message_stop"}' })).toBe(true);
    expect(protocol.isFinalStreamEvent({ event: "message_delta", data: "{}" })).toBe(false);
  });

  it("reports a mid-stream failure as an `event: error` the SDK raises", () => {
    const event = protocol.renderStreamError(new ProxyError("vendor_timeout", "The vendor went quiet."), "req_9");
    expect(event.event).toBe("error");
    expect(JSON.parse(event.data)).toEqual({
      type: "error",
      error: { type: "api_error", message: "The vendor went quiet.", details: { error_code: "vendor_timeout" } },
      request_id: "req_9",
    });
  });
});
