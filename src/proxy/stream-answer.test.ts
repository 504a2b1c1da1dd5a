import { describe, expect, it } from "vitest";
import type { StreamedAnswer } from "../http/streamed-response.ts";
import { createSseParser } from "../protocols/shared/sse-decoder.ts";
import { MAX_STREAMED_ANSWER_BYTES, type StreamOutcome, streamAnswer } from "./stream-answer.ts";

const encoder = new TextEncoder();

/** streamAnswer over `chunks` with the SSE parser alone; `[DONE]` is the final event. */
function answerOver(chunks: AsyncIterable<Uint8Array>) {
  const outcomes: StreamOutcome["kind"][] = [];
  const answer = streamAnswer({
    chunks,
    steps: createSseParser(),
    isFinalEvent: (event) => event.data === "[DONE]",
    renderStreamError: (error) => ({ event: "error", data: error.code }),
    onEnd: async (outcome) => void outcomes.push(outcome.kind),
  });
  return { answer, outcomes };
}

async function readAll(answer: StreamedAnswer): Promise<string> {
  let text = "";
  for (let piece = await answer.next(); piece !== null; piece = await answer.next()) text += piece;
  return text;
}

const FRAMES = ["data: one\n\n", "data: two\n\n", "data: [DONE]\n\n"];

describe("streamAnswer after the final event", () => {
  it("keeps a complete answer complete when the vendor fails after its final event", async () => {
    const { answer, outcomes } = answerOver(
      (async function* () {
        for (const frame of FRAMES) yield encoder.encode(frame);
        throw new Error("socket hang up");
      })(),
    );
    expect(await readAll(answer)).toBe(FRAMES.join(""));
    expect(outcomes).toEqual(["complete"]);
  });

  it("ends with the final event while the vendor holds its connection open", async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { answer, outcomes } = answerOver(
      (async function* () {
        for (const frame of FRAMES) yield encoder.encode(frame);
        await held;
      })(),
    );
    // Were the answer waiting for the vendor's end, this would never resolve.
    expect(await readAll(answer)).toBe(FRAMES.join(""));
    expect(outcomes).toEqual(["complete"]);
    release();
  });

  it("reads the vendor's response to its end, dropping what follows the final event, so the connection can be reused", async () => {
    let finished = () => undefined as void;
    const vendorFinished = new Promise<void>((resolve) => (finished = resolve));
    const { answer } = answerOver(
      (async function* () {
        for (const frame of FRAMES) yield encoder.encode(frame);
        yield encoder.encode("data: after the end\n\n");
        finished(); // runs only if the body is read past the last chunk, not cut off
      })(),
    );
    expect(await readAll(answer)).toBe(FRAMES.join(""));
    await vendorFinished;
  });

  it("cuts off a vendor that goes on sending after its final event", async () => {
    let stopped = () => undefined as void;
    const vendorStopped = new Promise<void>((resolve) => (stopped = resolve));
    const { answer } = answerOver(
      (async function* () {
        try {
          for (const frame of FRAMES) yield encoder.encode(frame);
          // Bounded, so an answer that forwarded all of it would fail the test rather than spin forever.
          for (let frame = 0; frame < 1000; frame++) yield encoder.encode("data: more\n\n");
        } finally {
          stopped();
        }
      })(),
    );
    expect(await readAll(answer)).toBe(FRAMES.join(""));
    await vendorStopped;
  });

  it("cuts off a streamed answer past MAX_STREAMED_ANSWER_BYTES with the protocol's error event, logged as the vendor's error", async () => {
    const frame = encoder.encode(`data: ${"x".repeat(1024 * 1024 - 8)}\n\n`);
    const frames = MAX_STREAMED_ANSWER_BYTES / frame.byteLength + 2;
    const { answer, outcomes } = answerOver(
      (async function* () {
        for (let index = 0; index < frames; index++) yield frame;
      })(),
    );
    const text = await readAll(answer);
    expect(text.endsWith("event: error\ndata: vendor_error\n\n")).toBe(true);
    expect(outcomes).toEqual(["failed"]);
  });
});

