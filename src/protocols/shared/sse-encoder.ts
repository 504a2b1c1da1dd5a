import type { SseEvent } from "./sse-decoder.ts";

const LINE_BREAK = /\r\n|\r|\n/;
const FORBIDDEN_IN_FIELD = /[\r\n]/;

/**
 * Writes one event in `text/event-stream` framing: `event:`, `id:`, `retry:` when set,
 * one `data:` line per line of data (`\r\n`, `\r` and `\n` all split), then a blank line.
 * Throws a TypeError if `event` or `id` holds a line break (or `id` a NUL), since that
 * would let a value forge extra fields.
 */
export function encodeSseEvent(event: SseEvent): string {
  let encoded = "";
  if (event.event !== undefined) encoded += `event: ${checkedField("event", event.event)}\n`;
  if (event.id !== undefined) {
    if (event.id.includes("\u0000")) throw new TypeError("SSE id must not contain NUL");
    encoded += `id: ${checkedField("id", event.id)}\n`;
  }
  if (event.retry !== undefined) {
    if (!Number.isSafeInteger(event.retry) || event.retry < 0) throw new TypeError(`SSE retry must be a non-negative integer, got ${event.retry}`);
    encoded += `retry: ${event.retry}\n`;
  }
  const { data } = event;
  if (data.indexOf("\n") === -1 && data.indexOf("\r") === -1) return `${encoded}data: ${data}\n\n`;
  for (const line of data.split(LINE_BREAK)) encoded += `data: ${line}\n`;
  return `${encoded}\n`;
}

function checkedField(name: string, value: string): string {
  if (FORBIDDEN_IN_FIELD.test(value)) throw new TypeError(`SSE ${name} must not contain a line break`);
  return value;
}

/** Encodes each event with {@link encodeSseEvent} into UTF-8 bytes. */
export function createSseEncoderStream(): TransformStream<SseEvent, Uint8Array> {
  const encoder = new TextEncoder();
  return new TransformStream<SseEvent, Uint8Array>({
    transform(event, controller) {
      controller.enqueue(encoder.encode(encodeSseEvent(event)));
    },
  });
}
