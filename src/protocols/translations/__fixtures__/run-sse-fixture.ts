import type { EventTransformer } from "../../shared/event-transformer.ts";
import { createSseDecoderStream, type SseEvent } from "../../shared/sse-decoder.ts";

/**
 * Cuts a recorded SSE transcript's bytes at `cuts` (so events, lines, JSON and UTF-8
 * sequences are split where a network would split them), decodes it and pipes the events
 * through `transforms` in order. Resolves to every event that comes out. The caller reads
 * the file: code under src/ stays free of `node:*` (test/architecture.test.ts).
 */
export async function runSseFixture(bytes: Uint8Array, transforms: ReadonlyArray<EventTransformer<SseEvent, SseEvent>>, cuts: readonly number[] = []): Promise<SseEvent[]> {
  const points = [...new Set(cuts.map((cut) => cut % bytes.length))].filter((point) => point > 0).sort((left, right) => left - right);
  const pieces = [0, ...points].map((start, position) => bytes.slice(start, [...points, bytes.length][position]));
  const events = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  }).pipeThrough(createSseDecoderStream());
  return pipeEvents(events, transforms);
}

/** Pipes the given events through `transforms` in order and resolves to every event that comes out. */
export async function runSseEvents(input: readonly SseEvent[], transforms: ReadonlyArray<EventTransformer<SseEvent, SseEvent>>): Promise<SseEvent[]> {
  const events = new ReadableStream<SseEvent>({
    start(controller) {
      for (const event of input) controller.enqueue(event);
      controller.close();
    },
  });
  return pipeEvents(events, transforms);
}

async function pipeEvents(source: ReadableStream<SseEvent>, transforms: ReadonlyArray<EventTransformer<SseEvent, SseEvent>>): Promise<SseEvent[]> {
  let events = source;
  for (const transform of transforms) events = events.pipeThrough(new TransformStream(transform));
  const output: SseEvent[] = [];
  const reader = events.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) output.push(read.value);
  return output;
}
