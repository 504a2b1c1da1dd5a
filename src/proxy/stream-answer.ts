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
 * out, so when `onEnd` throws (the audit log refused the record) the client gets the
 * protocol's error event instead of a clean end: an unlogged answer never completes.
 */
export function streamAnswer(options: {
  chunks: AsyncIterable<Uint8Array>;
  steps: EventTransformer<Uint8Array, SseEvent>;
  isFinalEvent: (event: SseEvent) => boolean;
  renderStreamError: (error: ProxyError) => SseEvent;
  onEnd: (outcome: StreamOutcome) => void;
}): ReadableStream<Uint8Array> {
  const iterator = options.chunks[Symbol.asyncIterator]();
  const pending: SseEvent[] = [];
  const sink = { enqueue: (event: SseEvent) => void pending.push(event) };
  let ended = false;
  const end = (outcome: StreamOutcome): void => {
    if (ended) return;
    ended = true;
    options.onEnd(outcome);
  };
  /** Encodes what the steps produced; reaching the final event ends (and logs) the exchange first. */
  const drain = (): string => {
    let text = "";
    for (const event of pending) {
      if (options.isFinalEvent(event)) end({ kind: "complete" });
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
            end({ kind: "complete" });
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          options.steps.transform(next.value, sink);
          text = drain();
        }
      } catch (error) {
        const proxyError = toProxyError(error);
        try {
          end({ kind: "failed", error: proxyError });
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
    cancel() {
      try {
        end({ kind: "cancelled" });
      } finally {
        stopUpstream();
      }
    },
  });
}
