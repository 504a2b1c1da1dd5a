import type { EventSink, EventTransformer } from "../shared/event-transformer.ts";
import type { SseEvent } from "../shared/sse-decoder.ts";
import type { RestoreKit, StreamRestore, StreamRestoreStep } from "../types.ts";

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

interface ChoiceState {
  restorer: StreamRestore;
  transcript: string;
}

/**
 * Restores a legacy completions SSE stream (`text_completion` chunks, then `[DONE]`) chunk
 * by chunk, with one stream restorer per choice, so a placeholder split across chunks is
 * put back whole. Whatever a restorer still holds goes into the chunk that carries the
 * choice's `finish_reason`, or into one extra chunk before `[DONE]`.
 */
export function createCompletionStreamRestore(kit: RestoreKit): StreamRestoreStep {
  const choices = new Map<number, ChoiceState>();
  let lastChunk: Json | undefined;

  const stateOf = (index: number): ChoiceState => {
    let state = choices.get(index);
    if (!state) choices.set(index, (state = { restorer: kit.createStream("text"), transcript: "" }));
    return state;
  };

  const flushAll = (controller: EventSink<SseEvent>): void => {
    const flushed: Json[] = [];
    for (const [index, state] of choices) {
      const text = state.restorer.flush();
      if (text) flushed.push({ text, index, logprobs: null, finish_reason: null });
    }
    if (flushed.length === 0) return;
    const { id, object, created, model } = lastChunk ?? {};
    controller.enqueue({ data: JSON.stringify({ id, object, created, choices: flushed, model }) });
  };

  const transform: EventTransformer<SseEvent, SseEvent> = {
    transform(event, controller) {
      if (event.data === "[DONE]") {
        flushAll(controller);
        controller.enqueue(event);
        return;
      }
      let chunk: unknown;
      try {
        chunk = JSON.parse(event.data);
      } catch {
        // Not JSON: nothing we could restore, and nothing in it came from our vault.
        controller.enqueue(event);
        return;
      }
      if (!isRecord(chunk) || !Array.isArray(chunk.choices)) {
        controller.enqueue(event);
        return;
      }
      lastChunk = chunk;
      for (const choice of chunk.choices) {
        if (!isRecord(choice)) continue;
        const state = stateOf(typeof choice.index === "number" ? choice.index : 0);
        let text = typeof choice.text === "string" ? choice.text : "";
        state.transcript += text;
        text = state.restorer.push(text);
        if (choice.finish_reason != null) text += state.restorer.flush();
        if (typeof choice.text === "string" || text) choice.text = text;
      }
      controller.enqueue({ ...event, data: JSON.stringify(chunk) });
    },
    flush(controller) {
      flushAll(controller);
    },
  };

  return {
    transform,
    transcript: () => [...choices.values()].map((state) => state.transcript).filter(Boolean).join("\n"),
  };
}
