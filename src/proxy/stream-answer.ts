import { type ProxyError, toProxyError } from "../errors.ts";
import type { EventTransformer } from "../protocols/shared/event-transformer.ts";
import type { SseEvent } from "../protocols/shared/sse-decoder.ts";
import { encodeSseEvent } from "../protocols/shared/sse-encoder.ts";

export type StreamOutcome = { kind: "complete" } | { kind: "cancelled" } | { kind: "failed"; error: ProxyError };

const encoder = new TextEncoder();

/**
 * Turns a vendor's SSE bytes into the caller's SSE bytes: each upstream chunk runs through
 * `steps` (parse, translate, restore) synchronously and leaves as one write. It reports how
 * the stream ended exactly once. A complete stream is reported *before* its final event goes
 * out, and that event waits for `onEnd` to settle, so when it rejects (the audit log refused
 * the record) the client gets the protocol's error event instead of a clean end: an unlogged
 * answer never completes.
 */
export function streamAnswer(options: {
  chunks: AsyncIterable<Uint8Array>;
  steps: EventTransformer<Uint8Array, SseEvent>;
  isFinalEvent: (event: SseEvent) => boolean;
  renderStreamError: (error: ProxyError) => SseEvent;
  onEnd: (outcome: StreamOutcome) => Promise<void>;
}): ReadableStream<Uint8Array> {
  const iterator = options.chunks[Symbol.asyncIterator]();
  const pending: SseEvent[] = [];
  const sink = { enqueue: (event: SseEvent) => void pending.push(event) };
  let ended = false;
  const end = async (outcome: StreamOutcome): Promise<void> => {
    if (ended) return;
    ended = true;
    await options.onEnd(outcome);
  };
  let finalEventSeen = false;
  /** Encodes what the steps produced, noting whether the final event is among it (the caller then ends the exchange before sending). */
  const drain = (): string => {
    let text = "";
    for (const event of pending) {
      if (options.isFinalEvent(event)) finalEventSeen = true;
      text += encodeSseEvent(event);
    }
    pending.length = 0;
    return text;
  };
  const stopUpstream = () => void iterator.return?.()?.catch(() => undefined);

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      try {
        while (text === "") {
          const next = await iterator.next();
          if (next.done) {
            options.steps.flush?.(sink);
            text = drain();
            await end({ kind: "complete" });
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          options.steps.transform(next.value, sink);
          text = drain();
          if (finalEventSeen && !ended) await end({ kind: "complete" });
        }
      } catch (error) {
        const proxyError = toProxyError(error);
        try {
          await end({ kind: "failed", error: proxyError });
        } catch {
          // The client hears about the first failure; onEnd has logged the audit error.
        }
        controller.enqueue(encoder.encode(encodeSseEvent(options.renderStreamError(proxyError))));
        controller.close();
        stopUpstream();
        return;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      try {
        await end({ kind: "cancelled" });
      } finally {
        stopUpstream();
      }
    },
  });
}
