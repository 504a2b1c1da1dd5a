import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProxyError } from "../../errors.ts";
import { createRestoreKit } from "../../proxy/restore-kit.ts";
import { restoreText } from "../../vault/restore-text.ts";
import { createSseDecoderStream, type SseEvent } from "../shared/sse-decoder.ts";
import { openAiResponsesProtocol } from "./index.ts";
import { createResponsesStreamRestore } from "./stream-restore.ts";

const VALUES = new Map([
  ["[US_SSN_E2ST2M]", "536-22-1234"],
  ["[EMAIL_GCZW14]", "jane.doe@example.com"],
  ["[PERSON_0A1B2C]", 'Jane "JD" O\\Brien'],
]);
const lookup = (placeholder: string) => VALUES.get(placeholder);
const kit = createRestoreKit(lookup);

type Payload = Record<string, unknown> & { type: string; sequence_number?: number };
const recorded = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

/** Runs SSE text, cut into the given chunks, through the decoder and the restore step. */
async function restoreStream(chunks: string[]): Promise<{ events: SseEvent[]; payloads: Payload[]; transcript: string }> {
  const encoder = new TextEncoder();
  const step = createResponsesStreamRestore(kit);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const reader = source.pipeThrough(createSseDecoderStream()).pipeThrough(new TransformStream(step.transform)).getReader();
  const events: SseEvent[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) events.push(read.value);
  const payloads = events.filter((event) => event.data.startsWith("{")).map((event) => JSON.parse(event.data) as Payload);
  return { events, payloads, transcript: step.transcript() };
}

const frame = (type: string, fields: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...fields })}\n\n`;
const joined = (payloads: Payload[], type: string, field = "delta", outputIndex = 0) =>
  payloads.filter((payload) => payload.type === type && payload.output_index === outputIndex).map((payload) => payload[field]).join("");
const ofType = (payloads: Payload[], type: string) => payloads.filter((payload) => payload.type === type);

/** A minimal but well-formed stream: one message streamed in `textPieces`, one function call in `argumentPieces`. */
function streamOf(textPieces: string[], argumentPieces: string[]): string[] {
  const writes: string[] = [];
  let sequence = 0;
  const add = (type: string, fields: Record<string, unknown>) => writes.push(frame(type, { sequence_number: sequence++, ...fields }));
  const text = textPieces.join("");
  const args = argumentPieces.join("");
  add("response.created", { response: { id: "resp_1", object: "response", status: "in_progress", output: [] } });
  add("response.output_item.added", { output_index: 0, item: { id: "msg_1", type: "message", status: "in_progress", role: "assistant", content: [] } });
  add("response.content_part.added", { item_id: "msg_1", output_index: 0, content_index: 0, part: { type: "output_text", annotations: [], text: "" } });
  for (const delta of textPieces) add("response.output_text.delta", { item_id: "msg_1", output_index: 0, content_index: 0, delta, logprobs: [] });
  add("response.output_text.done", { item_id: "msg_1", output_index: 0, content_index: 0, text, logprobs: [] });
  add("response.content_part.done", { item_id: "msg_1", output_index: 0, content_index: 0, part: { type: "output_text", annotations: [], text } });
  const message = { id: "msg_1", type: "message", status: "completed", role: "assistant", content: [{ type: "output_text", annotations: [], text }] };
  add("response.output_item.done", { output_index: 0, item: message });
  add("response.output_item.added", { output_index: 1, item: { id: "fc_1", type: "function_call", status: "in_progress", arguments: "", call_id: "call_1", name: "f" } });
  for (const delta of argumentPieces) add("response.function_call_arguments.delta", { item_id: "fc_1", output_index: 1, delta });
  add("response.function_call_arguments.done", { item_id: "fc_1", output_index: 1, arguments: args });
  const call = { id: "fc_1", type: "function_call", status: "completed", arguments: args, call_id: "call_1", name: "f" };
  add("response.output_item.done", { output_index: 1, item: call });
  add("response.completed", { response: { id: "resp_1", object: "response", status: "completed", output: [message, call] } });
  return writes;
}

describe("createResponsesStreamRestore on recorded streams", () => {
  it("restores a text answer in its deltas, done events and final response, and keeps every event", async () => {
    const vendorText = recorded("stream-text.sse");
    const { events, payloads, transcript } = await restoreStream([vendorText]);
    const expected = "Your SSN on file is 536-22-1234 and I will email jane.doe@example.com.";
    expect(joined(payloads, "response.output_text.delta")).toBe(expected);
    expect(ofType(payloads, "response.output_text.done")[0]!.text).toBe(expected);
    expect(ofType(payloads, "response.content_part.done")[0]!.part).toMatchObject({ text: expected });
    expect(ofType(payloads, "response.output_item.done")[0]!.item).toMatchObject({ content: [{ text: expected }] });
    const completed = ofType(payloads, "response.completed")[0]!.response as { output: Array<{ content: Array<{ text: string }> }>; instructions: string };
    expect(completed.output[0]!.content[0]!.text).toBe(expected);
    expect(completed.instructions).toContain("jane.doe@example.com");
    expect(payloads.map((payload) => payload.sequence_number)).toEqual(payloads.map((_, index) => index));
    expect(events.every((event, index) => event.event === payloads[index]!.type)).toBe(true);
    expect(transcript).toBe("Your SSN on file is [US_SSN_E2ST2M] and I will email [EMAIL_GCZW14].");
  });

  it("restores function-call arguments split across deltas into valid JSON", async () => {
    const { payloads, transcript } = await restoreStream([recorded("stream-function-call.sse")]);
    const expected = { ssn: "536-22-1234", note: 'for Jane "JD" O\\Brien' };
    expect(JSON.parse(joined(payloads, "response.function_call_arguments.delta", "delta", 1))).toEqual(expected);
    expect(JSON.parse(ofType(payloads, "response.function_call_arguments.done")[0]!.arguments as string)).toEqual(expected);
    const completed = ofType(payloads, "response.completed")[0]!.response as { output: Array<{ arguments?: string }> };
    expect(JSON.parse(completed.output[1]!.arguments!)).toEqual(expected);
    expect(transcript.split("\n")[1]).toBe('{"ssn":"[US_SSN_E2ST2M]","note":"for [PERSON_0A1B2C]"}');
  });

  it("gives the same events for any split of the vendor's bytes", async () => {
    const vendorText = recorded("stream-function-call.sse");
    const whole = await restoreStream([vendorText]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: vendorText.length - 1 }), { maxLength: 40 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), vendorText.length];
        const chunks = points.slice(1).map((end, index) => vendorText.slice(points[index], end));
        expect((await restoreStream(chunks)).events).toEqual(whole.events);
      }),
      { seed: 7_2026, numRuns: 60 },
    );
  });
});

describe("createResponsesStreamRestore holding back", () => {
  it("sends what a part still holds as one extra delta before its done event, and renumbers what follows", async () => {
    const { payloads } = await restoreStream(streamOf(["Ask [US_SSN_E2ST2M] about [US_SS"], ['{"a":"[US_SSN_E2ST2M] [EMAIL_GC']));
    const textDeltas = ofType(payloads, "response.output_text.delta");
    expect(textDeltas.map((payload) => payload.delta)).toEqual(["Ask 536-22-1234 about ", "[US_SS"]);
    expect(textDeltas[1]).toEqual({ type: "response.output_text.delta", sequence_number: 4, item_id: "msg_1", output_index: 0, content_index: 0, delta: "[US_SS", logprobs: [] });
    expect(ofType(payloads, "response.output_text.done")[0]).toMatchObject({ sequence_number: 5, text: "Ask 536-22-1234 about [US_SS" });
    const argumentDeltas = ofType(payloads, "response.function_call_arguments.delta");
    expect(argumentDeltas.map((payload) => payload.delta)).toEqual(['{"a":"536-22-1234 ', "[EMAIL_GC"]);
    expect(argumentDeltas[1]).toEqual({ type: "response.function_call_arguments.delta", sequence_number: 10, item_id: "fc_1", output_index: 1, delta: "[EMAIL_GC" });
    expect(payloads.map((payload) => payload.sequence_number)).toEqual(payloads.map((_, index) => index));
  });

  it("flushes at the end of a stream cut short of its done events", async () => {
    const writes = streamOf(["Hi [EMAIL_GCZW1"], []).slice(0, 4);
    const { payloads } = await restoreStream(writes);
    expect(joined(payloads, "response.output_text.delta")).toBe("Hi [EMAIL_GCZW1");
    expect(payloads.at(-1)).toMatchObject({ type: "response.output_text.delta", sequence_number: 4, delta: "[EMAIL_GCZW1" });
  });

  it("equals the whole-text restore for any split of the deltas", async () => {
    const piece = fc.constantFrom("[US_SSN_E2ST2M]", "[EMAIL_GCZW14]", "[PERSON_0A1B2C]", "[US_SSN_ZZZZZZ]", "[", "]", "[US_", " ", "é", "😀", "\\", '"', "text", "https://x.example/?q=");
    const split = (text: string, cuts: number[]) => {
      const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      return [...points, text.length].map((end, index, all) => text.slice(index === 0 ? 0 : all[index - 1], end)).filter(Boolean);
    };
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), async (pieces, cuts) => {
        const text = pieces.join("");
        const args = JSON.stringify({ text });
        const { payloads } = await restoreStream(streamOf(split(text, cuts), split(args, cuts)));
        expect(joined(payloads, "response.output_text.delta")).toBe(restoreText(text, { lookup }));
        expect(ofType(payloads, "response.output_text.done")[0]!.text).toBe(restoreText(text, { lookup }));
        expect(JSON.parse(joined(payloads, "response.function_call_arguments.delta", "delta", 1))).toEqual({ text: restoreText(text, { lookup }) });
        const numbers = payloads.map((payload) => payload.sequence_number!);
        expect(numbers).toEqual(numbers.map((_, index) => index));
      }),
      { seed: 20_261_129, numRuns: 200 },
    );
  });
});

describe("openAiResponsesProtocol stream edges", () => {
  it("passes events it cannot read through untouched", async () => {
    const writes = [": keep-alive\n\n", "data: not json\n\n", frame("error", { sequence_number: 3, code: "server_error", message: "[US_SSN_E2ST2M]", param: null })];
    const { events } = await restoreStream(writes);
    expect(events[0]).toEqual({ data: "not json" });
    expect(JSON.parse(events[1]!.data)).toMatchObject({ type: "error", message: "[US_SSN_E2ST2M]" });
  });

  it.each([
    [{ event: "response.completed", data: "{}" }, true],
    [{ data: JSON.stringify({ type: "response.incomplete" }) }, true],
    [{ event: "response.failed", data: "{}" }, true],
    [{ event: "response.output_text.done", data: "{}" }, false],
    [{ data: "[DONE]" }, false],
  ])("knows the final event: %j → %s", (event, final) => {
    expect(openAiResponsesProtocol.isFinalStreamEvent(event)).toBe(final);
  });

  it("renders a stream error as a Responses `error` event the SDK raises", () => {
    const event = openAiResponsesProtocol.renderStreamError(new ProxyError("vendor_timeout", "Too slow."), "req_1");
    expect(event.event).toBe("error");
    expect(JSON.parse(event.data)).toEqual({
      type: "error",
      code: "vendor_timeout",
      message: "Too slow.",
      param: null,
      error: { message: "Too slow.", type: "server_error", param: null, code: "vendor_timeout", request_id: "req_1" },
    });
  });
});
