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

  const userBlocks = (...content: unknown[]) => ({ model: "claude-test", messages: [{ role: "user", content }] });
  const base64 = (media_type: unknown) => ({ type: "base64", media_type, data: "JVBERi0xLjQ=" });

  it.each([
    ["a base64 PDF", userBlocks({ type: "document", source: base64("application/pdf") }), /document with base64 data/, "messages[0].content[0]"],
    ["a base64 document of any type", userBlocks({ type: "text", text: "read" }, { type: "document", source: base64("text/plain") }), /document with base64 data/, "messages[0].content[1]"],
    ["a base64 document inside a tool result", userBlocks({ type: "tool_result", tool_use_id: "t", content: [{ type: "document", source: base64("application/pdf") }] }), /document with base64 data/, "messages[0].content[0]"],
    ["an image whose media_type is not an image type", userBlocks({ type: "image", source: base64("jane.doe@example.com") }), /media_type image\/png, image\/jpeg, image\/gif or image\/webp/, "messages[0].content[0]"],
    ["an image with base64 data and no media_type", userBlocks({ type: "image", source: { type: "base64", data: "iVBORw0KGgo=" } }), /media_type/, "messages[0].content[0]"],
    ["base64 data in a block type it does not know", userBlocks({ type: "web_fetch_tool_result", tool_use_id: "s", content: { type: "web_fetch_result", url: "https://example.com/a.pdf", content: { type: "document", source: base64("application/pdf") } } }), /type Veilgate does not know holds base64 data/, "messages[0].content[0]"],
    ["a base64 data: URL in a block type it does not know", userBlocks({ type: "audio", url: "data:audio/wav;base64,UklGRg==" }), /type Veilgate does not know holds base64 data/, "messages[0].content[0]"],
    ["a long base64 run in a block type it does not know", userBlocks({ type: "audio", source: { type: "bytes", data: "UklGR".repeat(60) } }), /type Veilgate does not know holds base64 data/, "messages[0].content[0]"],
  ])("refuses %s, saying nothing was forwarded and where, without quoting it", (_, body, reason, where) => {
    const parsed = protocol.parseRequest(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(reason);
    expect(parsed.message).toContain("The request was refused and nothing was forwarded.");
    expect(parsed.message).toContain(`at ${where}`);
    expect(parsed.message).not.toContain("jane.doe");
  });

  it("accepts images of an image type, file, url, text and content sources, and signed thinking", () => {
    const parsed = protocol.parseRequest({
      model: "claude-test",
      system: [{ type: "text", text: "Be brief." }],
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } },
            { type: "image", source: { type: "url", url: "https://files.example/a.png" } },
            { type: "document", source: { type: "file", file_id: "file_011CNha8iCJcU1wXNR6q4V8w" } },
            { type: "document", source: { type: "text", media_type: "text/plain", data: "notes" } },
            { type: "document", source: { type: "content", content: [{ type: "image", source: { type: "base64", media_type: "image/webp", data: "UklGRg==" } }] } },
            { type: "container_upload", file_id: "file_2" },
            { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ type: "web_search_result", url: "https://a.example", title: "A", encrypted_content: "EqgfCioIARgBIiQ3".repeat(30) }] },
          ],
        },
        { role: "assistant", content: [{ type: "redacted_thinking", data: "EmwKAhgBEgy3va3pzix" }, { type: "text", text: "ok" }] },
        { role: "user", content: "go on" },
      ],
    });
    expect(parsed.ok).toBe(true);
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
