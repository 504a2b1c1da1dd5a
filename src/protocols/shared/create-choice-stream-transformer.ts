import type { EventTransformer } from "./event-transformer.ts";
import type { SseEvent } from "./sse-decoder.ts";
import { isRecord } from "./json-record.ts";

type Json = Record<string, unknown>;

/**
 * The frame handling that OpenAI's choice-based streams (chat completions, legacy
 * completions) share: `data:` JSON chunks with a `choices` array, ended by `[DONE]`. Each
 * chunk is restored in place by `restoreChoice`; a chunk nothing changed in goes out as the
 * vendor wrote it, unserialised. Whatever restorers still hold goes into one extra chunk,
 * built by `heldChoices`, before `[DONE]` (or at the end of a stream without one).
 */
export function createChoiceStreamTransformer(options: {
  /** Restores one choice of a chunk in place; true if anything in it changed. */
  restoreChoice(choice: Json): boolean;
  /** The choices of a chunk that carries every held-back character, or none. */
  heldChoices(): Json[];
  /** The identity fields (id, object, model…) the extra chunk copies from the last chunk. */
  identityFields: readonly string[];
}): EventTransformer<SseEvent, SseEvent> {
  let lastChunk: Json = {};
  const flushHeld = (enqueue: (event: SseEvent) => void): void => {
    const choices = options.heldChoices();
    if (choices.length === 0) return;
    const chunk: Json = {};
    for (const field of options.identityFields) chunk[field] = lastChunk[field];
    enqueue({ data: JSON.stringify({ ...chunk, choices }) });
  };
  return {
    transform(event, sink) {
      if (event.data === "[DONE]") {
        flushHeld((held) => sink.enqueue(held));
        sink.enqueue(event);
        return;
      }
      let chunk: unknown;
      try {
        chunk = JSON.parse(event.data);
      } catch {
        // Not JSON: nothing we could restore, and nothing in it came from our vault.
        sink.enqueue(event);
        return;
      }
      if (!isRecord(chunk) || !Array.isArray(chunk.choices)) {
        sink.enqueue(event);
        return;
      }
      lastChunk = chunk;
      let changed = false;
      for (const choice of chunk.choices) {
        if (isRecord(choice) && options.restoreChoice(choice)) changed = true;
      }
      sink.enqueue(changed ? { ...event, data: JSON.stringify(chunk) } : event);
    },
    flush(sink) {
      flushHeld((held) => sink.enqueue(held));
    },
  };
}
