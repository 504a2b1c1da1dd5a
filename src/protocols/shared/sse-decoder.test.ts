import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSseDecoderStream, createSseParser, MAX_EVENT_CHARS, type SseEvent } from "./sse-decoder.ts";
import { encodeSseEvent } from "./sse-encoder.ts";

const encoder = new TextEncoder();

async function decode(chunks: ReadonlyArray<Uint8Array | string>): Promise<SseEvent[]> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
  const events: SseEvent[] = [];
  const reader = source.pipeThrough(createSseDecoderStream()).getReader();
  for (let result = await reader.read(); !result.done; result = await reader.read()) events.push(result.value);
  return events;
}

function cutBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts)].sort((left, right) => left - right);
  const chunks: Uint8Array[] = [];
  let previous = 0;
  for (const point of points) {
    chunks.push(bytes.slice(previous, point));
    previous = point;
  }
  chunks.push(bytes.slice(previous));
  return chunks;
}

const OPENAI_STREAM = [
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1720000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}',
  "",
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1720000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Your SSN is [US_SSN_"},"finish_reason":null}]}',
  "",
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1720000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"7QK2MX] ✓"},"finish_reason":null}]}',
  "",
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1720000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
  "",
  "data: [DONE]",
  "",
  "",
].join("\n");

const ANTHROPIC_STREAM = [
  "event: message_start",
  'data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-3-5-sonnet-20241022","stop_reason":null,"usage":{"input_tokens":25,"output_tokens":1}}}',
  "",
  "event: content_block_start",
  'data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}',
  "",
  "event: ping",
  'data: {"type": "ping"}',
  "",
  "event: content_block_delta",
  'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello [EMAIL_ABCDEF] 😀"}}',
  "",
  "event: content_block_stop",
  'data: {"type":"content_block_stop","index":0}',
  "",
  "event: message_delta",
  'data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}}',
  "",
  "event: message_stop",
  'data: {"type":"message_stop"}',
  "",
  "",
].join("\r\n");

describe("createSseDecoderStream", () => {
  it("decodes an OpenAI chat completion stream ending in [DONE]", async () => {
    const events = await decode([OPENAI_STREAM]);
    expect(events).toHaveLength(5);
    expect(events.every((event) => event.event === undefined)).toBe(true);
    expect(JSON.parse(events[1]!.data).choices[0].delta.content).toBe("Your SSN is [US_SSN_");
    expect(JSON.parse(events[2]!.data).choices[0].delta.content).toBe("7QK2MX] ✓");
    expect(events[4]).toEqual({ data: "[DONE]" });
  });

  it("decodes an Anthropic stream with event lines and a ping, byte by byte", async () => {
    const bytes = encoder.encode(ANTHROPIC_STREAM);
    const events = await decode(cutBytes(bytes, Array.from({ length: bytes.length }, (_, index) => index)));
    expect(events.map((event) => event.event)).toEqual([
      "message_start",
      "content_block_start",
      "ping",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(events[2]).toEqual({ event: "ping", data: '{"type": "ping"}' });
    expect(JSON.parse(events[3]!.data).delta.text).toBe("Hello [EMAIL_ABCDEF] 😀");
  });

  it("follows the field rules of the EventSource spec", async () => {
    const events = await decode([
      "\uFEFF: a comment\n",
      "data:no space\ndata:  two spaces\n\n",
      "event: update\nid: 7\nretry: 3000\nunknown: ignored\ndata\n\n",
      "event: no-data\nid: 8\n\n",
      "id: a\u0000b\nretry: 12x\ndata: rejected id and retry\n\n",
      ":\ndata: last, without a blank line",
    ]);
    expect(events).toEqual([
      { data: "no space\n two spaces" },
      { event: "update", id: "7", retry: 3000, data: "" },
      { data: "rejected id and retry" },
      { data: "last, without a blank line" },
    ]);
  });

  it("treats \\r\\n split across chunks as one line ending, and a lone \\r as one too", async () => {
    expect(await decode(["data: a\r", "\ndata: b\r", "\r", "\n", "data: c\r\r"])).toEqual([{ data: "a\nb" }, { data: "c" }]);
  });

  it("round-trips encoded events however the bytes are cut and lines are ended", async () => {
    const fieldText = fc.string({ unit: fc.oneof(fc.constantFrom(":", " ", "é", "😀", "中"), fc.string({ unit: "grapheme", maxLength: 2 })), maxLength: 12 });
    const dataText = fc.string({
      unit: fc.oneof(fc.constantFrom("\n", "\r\n", "\r", ":", " ", "data: x", "é", "😀", "中", "\uFEFF"), fc.string({ unit: "grapheme", maxLength: 3 })),
      maxLength: 20,
    });
    const event = fc.record(
      {
        event: fieldText.filter((text) => text !== "" && !/[\r\n]/.test(text)),
        data: dataText,
        id: fieldText.filter((text) => !/[\r\n\u0000]/.test(text)),
        retry: fc.nat(),
      },
      { requiredKeys: ["data"] },
    );
    const stream = fc.record({
      events: fc.array(event, { maxLength: 8 }),
      lineEnding: fc.constantFrom("\n", "\r\n", "\r"),
      comment: fc.boolean(),
      cuts: fc.array(fc.nat(), { maxLength: 20 }),
    });
    await fc.assert(
      fc.asyncProperty(stream, async ({ events, lineEnding, comment, cuts }) => {
        const text = events.map((item) => (comment ? ": keep-alive\n" : "") + encodeSseEvent(item)).join("").replace(/\n/g, lineEnding);
        const bytes = encoder.encode(text);
        const decoded = await decode(cutBytes(bytes, cuts.map((cut) => cut % (bytes.length + 1))));
        expect(decoded).toEqual(events.map((item) => ({ ...item, data: item.data.replace(/\r\n|\r/g, "\n") })));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("refuses an event larger than MAX_EVENT_CHARS, whether as one unfinished line or as many data lines", () => {
    const events: SseEvent[] = [];
    const sink = { enqueue: (event: SseEvent) => void events.push(event) };
    const endless = createSseParser();
    const line = new TextEncoder().encode(`data: ${"x".repeat(1024 * 1024)}`);
    expect(() => {
      for (let chunk = 0; chunk <= MAX_EVENT_CHARS / (1024 * 1024); chunk++) endless.transform(line, sink);
    }).toThrow(expect.objectContaining({ code: "vendor_error" }));
    const many = createSseParser();
    const dataLine = new TextEncoder().encode(`data: ${"y".repeat(1024 * 1024)}\n`);
    expect(() => {
      for (let chunk = 0; chunk <= MAX_EVENT_CHARS / (1024 * 1024); chunk++) many.transform(dataLine, sink);
    }).toThrow(expect.objectContaining({ code: "vendor_error" }));
    expect(events).toEqual([]);
  });
});

