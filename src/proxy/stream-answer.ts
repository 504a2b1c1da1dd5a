import { type ProxyError, toProxyError } from "../errors.ts";
import type { SseEvent } from "../protocols/shared/sse-decoder.ts";
import { encodeSseEvent } from "../protocols/shared/sse-encoder.ts";
import type { StreamRestoreStep } from "../protocols/types.ts";

export type StreamOutcome = { kind: "complete" } | { kind: "cancelled" } | { kind: "failed"; error: ProxyError };

const encoder = new TextEncoder();

/**
 * Pipes a vendor's SSE events through the protocol's restore step into SSE bytes and
 * reports how the stream ended, exactly once. A complete stream is reported *before* its
 * final event goes out, so when `onEnd` throws (the audit log refused the record) the client
 * gets the protocol's error event instead of a clean end: an unlogged answer never completes.
 */
export function streamAnswer(options: {
  /** The vendor's answer as SSE events, already in the caller's protocol. */
  events: ReadableStream<SseEvent>;
  step: StreamRestoreStep;
  isFinalEvent: (event: SseEvent) => boolean;
  renderStreamError: (error: ProxyError) => SseEvent;
  onEnd: (outcome: StreamOutcome) => void;
}): ReadableStream<Uint8Array> {
  const reader = options.events.pipeThrough(options.step.transform).getReader();
  let ended = false;
  const end = (outcome: StreamOutcome): void => {
    if (ended) return;
    ended = true;
    options.onEnd(outcome);
  };
  const send = (controller: ReadableStreamDefaultController<Uint8Array>, event: SseEvent) =>
    controller.enqueue(encoder.encode(encodeSseEvent(event)));
  const failWith = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown): void => {
    const proxyError = toProxyError(error);
    try {
      end({ kind: "failed", error: proxyError });
    } catch {
      // The client hears about the first failure; the audit error has been logged by onEnd.
    }
    send(controller, options.renderStreamError(proxyError));
    controller.close();
    void reader.cancel().catch(() => undefined);
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<SseEvent>;
      try {
        chunk = await reader.read();
        if (chunk.done || options.isFinalEvent(chunk.value)) end({ kind: "complete" });
      } catch (error) {
        failWith(controller, error);
        return;
      }
      if (chunk.done) controller.close();
      else send(controller, chunk.value);
    },
    cancel(reason) {
      try {
        end({ kind: "cancelled" });
      } finally {
        void reader.cancel(reason).catch(() => undefined);
      }
    },
  });
}
