import type { EventSink, EventTransformer } from "./event-transformer.ts";

/** One server-sent event as it travels on the wire. Comment lines are not kept. */
export interface SseEvent {
  /** The `event:` field; absent means the default type, `message`. */
  event?: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The `id:` field, present only when this event carried one. */
  id?: string;
  /** The `retry:` field in milliseconds, present only when this event carried one. */
  retry?: number;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DIGITS_ONLY = /^[0-9]+$/;

/**
 * Parses a `text/event-stream` byte stream into events, per the WHATWG EventSource
 * parsing rules: lines end with `\n`, `\r\n` or `\r` (a `\r\n` split across chunks
 * counts once), UTF-8 may be split anywhere (a leading BOM is dropped), `:` lines are
 * comments, one space after the field's colon is dropped, and an event is dispatched at
 * a blank line if it has data. Unlike a browser, this is a proxy: `id` and `retry` are
 * reported on the event that carried them rather than remembered, and an event with data
 * still pending when the stream ends is dispatched instead of discarded.
 */
export function createSseParser(): EventTransformer<Uint8Array, SseEvent> {
  const decoder = new TextDecoder("utf-8");
  /** Start of a line that has not ended yet; joined only once it ends. */
  let pendingLine = "";
  let skipLineFeed = false;
  let eventType = "";
  let data = "";
  let hasData = false;
  let id: string | undefined;
  let retry: number | undefined;

  function dispatch(controller: EventSink<SseEvent>): void {
    if (hasData) {
      const event: SseEvent = { data };
      if (eventType !== "") event.event = eventType;
      if (id !== undefined) event.id = id;
      if (retry !== undefined) event.retry = retry;
      controller.enqueue(event);
    }
    eventType = "";
    data = "";
    hasData = false;
    id = undefined;
    retry = undefined;
  }

  function processLine(line: string, controller: EventSink<SseEvent>): void {
    if (line === "") {
      dispatch(controller);
      return;
    }
    const colon = line.indexOf(":");
    if (colon === 0) return;
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    switch (field) {
      case "event":
        eventType = value;
        break;
      case "data":
        data = hasData ? `${data}\n${value}` : value;
        hasData = true;
        break;
      case "id":
        if (!value.includes("\u0000")) id = value;
        break;
      case "retry":
        if (DIGITS_ONLY.test(value)) retry = Number(value);
        break;
      default:
        // Unknown fields are ignored, as the spec says.
        break;
    }
  }

  function processText(text: string, controller: EventSink<SseEvent>): void {
    let lineStart = 0;
    if (skipLineFeed && text.length > 0) {
      skipLineFeed = false;
      if (text.charCodeAt(0) === LINE_FEED) lineStart = 1;
    }
    for (let index = lineStart; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue;
      const line = pendingLine + text.slice(lineStart, index);
      pendingLine = "";
      if (code === CARRIAGE_RETURN) {
        if (index + 1 === text.length) skipLineFeed = true;
        else if (text.charCodeAt(index + 1) === LINE_FEED) index++;
      }
      lineStart = index + 1;
      processLine(line, controller);
    }
    if (lineStart < text.length) pendingLine += text.slice(lineStart);
  }

  return {
    transform(chunk, controller) {
      processText(decoder.decode(chunk, { stream: true }), controller);
    },
    flush(controller) {
      processText(decoder.decode(), controller);
      if (pendingLine !== "") {
        const line = pendingLine;
        pendingLine = "";
        processLine(line, controller);
      }
      dispatch(controller);
    },
  };
}

/** {@link createSseParser} as a web TransformStream. */
export function createSseDecoderStream(): TransformStream<Uint8Array, SseEvent> {
  return new TransformStream(createSseParser());
}
