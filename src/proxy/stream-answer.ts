import { ProxyError, toProxyError } from "../errors.ts";
import type { StreamedAnswer } from "../http/streamed-response.ts";
import type { EventTransformer } from "../protocols/shared/event-transformer.ts";
import type { SseEvent } from "../protocols/shared/sse-decoder.ts";
import { encodeSseEvent } from "../protocols/shared/sse-encoder.ts";

/**
 * The most a streamed answer may carry: its transcript is kept for the audit log until the
 * end, so a vendor that streams without end would hold memory without end.
 */
export const MAX_STREAMED_ANSWER_BYTES = 64 * 2 ** 20;

/** How many chunks the vendor may send after the final event before its stream is cut off. */
const MAX_CHUNKS_AFTER_FINAL = 16;

export type StreamOutcome = { kind: "complete" } | { kind: "cancelled" } | { kind: "failed"; error: ProxyError };

/**
 * Turns a vendor's SSE bytes into the caller's SSE text: each upstream chunk runs through
 * `steps` (parse, translate, restore) synchronously and leaves as one piece. It reports how
 * the stream ended exactly once. A complete stream is reported *before* its final event goes
 * out, and that event waits for `onEnd` to settle, so when it rejects (the audit log refused
 * the record) the client gets the protocol's error event instead of a clean end: an unlogged
 * answer never completes. The piece that carries the final event is the last one.
 */
export function streamAnswer(options: {
  chunks: AsyncIterable<Uint8Array>;
  steps: EventTransformer<Uint8Array, SseEvent>;
  isFinalEvent: (event: SseEvent) => boolean;
  renderStreamError: (error: ProxyError) => SseEvent;
  onEnd: (outcome: StreamOutcome) => Promise<void>;
}): StreamedAnswer {
  const iterator = options.chunks[Symbol.asyncIterator]();
  const pending: SseEvent[] = [];
  const sink = { enqueue: (event: SseEvent) => void pending.push(event) };
  let ended = false;
  let closed = false;
  let received = 0;
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
  /**
   * Reads what the vendor sends after the final event and drops it, so the connection ends
   * its response cleanly and can be reused; a vendor that goes on sending is cut off.
   */
  const readToTheEnd = () =>
    void (async () => {
      try {
        for (let chunk = 0; chunk < MAX_CHUNKS_AFTER_FINAL; chunk++) if ((await iterator.next()).done) return;
        stopUpstream();
      } catch {
        // Whatever fails after the final event changes nothing for the answer or its record.
      }
    })();

  return {
    async next() {
      if (closed) return null;
      let text = "";
      try {
        while (text === "") {
          const next = await iterator.next();
          if (next.done) {
            options.steps.flush?.(sink);
            text = drain();
            await end({ kind: "complete" });
            closed = true;
            return text === "" ? null : text;
          }
          received += next.value.byteLength;
          if (received > MAX_STREAMED_ANSWER_BYTES) {
            throw new ProxyError("vendor_error", `The vendor's streamed answer passed ${MAX_STREAMED_ANSWER_BYTES / 2 ** 20} MiB; it was cut off.`);
          }
          options.steps.transform(next.value, sink);
          text = drain();
          if (finalEventSeen) {
            await end({ kind: "complete" });
            // Nothing after the final event reaches the client: a vendor that then drops the
            // connection, or holds it open, must not turn a complete (and logged) answer into
            // an error or keep the client waiting. The rest is read off the record.
            closed = true;
            readToTheEnd();
          }
        }
      } catch (error) {
        const proxyError = toProxyError(error);
        try {
          await end({ kind: "failed", error: proxyError });
        } catch {
          // The client hears about the first failure; onEnd has logged the audit error.
        }
        closed = true;
        stopUpstream();
        return encodeSseEvent(options.renderStreamError(proxyError));
      }
      return text;
    },
    async cancel() {
      closed = true;
      try {
        await end({ kind: "cancelled" });
      } finally {
        stopUpstream();
      }
    },
  };
}
