import { toProxyError, type ProxyError } from "../errors.ts";
import { createSseDecoderStream } from "../protocols/shared/sse-decoder.ts";
import { createSseEncoderStream, encodeSseEvent } from "../protocols/shared/sse-encoder.ts";
import type { SseEvent } from "../protocols/shared/sse-decoder.ts";
import type { StreamRestoreStep } from "../protocols/types.ts";

export type StreamOutcome = { kind: "complete" } | { kind: "cancelled" } | { kind: "failed"; error: ProxyError };

const encoder = new TextEncoder();

/**
 * Pipes a vendor's SSE body through the protocol's restore step back into SSE bytes, and
 * reports how the stream ended exactly once. `onEnd` may throw (e.g. the audit log refused
 * the record); the client then gets the protocol's error event instead of a clean end.
 */
export function streamAnswer(options: {
  body: ReadableStream<Uint8Array>;
  step: StreamRestoreStep;
  renderStreamError: (error: ProxyError) => SseEvent;
  onEnd: (outcome: StreamOutcome) => void;
}): ReadableStream<Uint8Array> {
  const reader = options.body
    .pipeThrough(createSseDecoderStream())
    .pipeThrough(options.step.transform)
    .pipeThrough(createSseEncoderStream())
    .getReader();
  let ended = false;
  const end = (outcome: StreamOutcome): void => {
    if (ended) return;
    ended = true;
    options.onEnd(outcome);
  };
  const failWith = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown): void => {
    const proxyError = toProxyError(error);
    try {
      end({ kind: "failed", error: proxyError });
    } catch {
      // The failure itself is what the client hears about; the audit error is already logged.
    }
    controller.enqueue(encoder.encode(encodeSseEvent(options.renderStreamError(proxyError))));
    controller.close();
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        failWith(controller, error);
        return;
      }
      if (!chunk.done) {
        controller.enqueue(chunk.value);
        return;
      }
      try {
        end({ kind: "complete" });
      } catch (error) {
        failWith(controller, error);
        return;
      }
      controller.close();
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
