import { describe, expect, it } from "vitest";
import { createSseEncoderStream, encodeSseEvent } from "./sse-encoder.ts";
import type { SseEvent } from "./sse-decoder.ts";

describe("encodeSseEvent", () => {
  it("writes the fields, one data line per line, and a blank line", () => {
    expect(encodeSseEvent({ data: "[DONE]" })).toBe("data: [DONE]\n\n");
    expect(encodeSseEvent({ event: "ping", id: "4", retry: 1000, data: "a\nb\r\nc\rd" })).toBe(
      "event: ping\nid: 4\nretry: 1000\ndata: a\ndata: b\ndata: c\ndata: d\n\n",
    );
    expect(encodeSseEvent({ data: "" })).toBe("data: \n\n");
  });

  it("refuses fields that would forge extra lines", () => {
    expect(() => encodeSseEvent({ event: "a\ndata: b", data: "" })).toThrow(TypeError);
    expect(() => encodeSseEvent({ id: "a\rb", data: "" })).toThrow(TypeError);
    expect(() => encodeSseEvent({ id: "a\u0000b", data: "" })).toThrow(TypeError);
    expect(() => encodeSseEvent({ retry: -1, data: "" })).toThrow(TypeError);
  });
});

describe("createSseEncoderStream", () => {
  it("encodes events as UTF-8 bytes", async () => {
    const events: SseEvent[] = [{ event: "message_stop", data: '{"type":"message_stop"}' }, { data: "😀" }];
    const source = new ReadableStream<SseEvent>({
      start(controller) {
        for (const event of events) controller.enqueue(event);
        controller.close();
      },
    });
    const text = await new Response(source.pipeThrough(createSseEncoderStream())).text();
    expect(text).toBe('event: message_stop\ndata: {"type":"message_stop"}\n\ndata: 😀\n\n');
  });
});
