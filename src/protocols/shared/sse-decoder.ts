import { ProxyError } from "../../errors.ts";
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
const DIGITS_ONLY = /^[0-9]+$/;

/**
 * The largest event (its data and any unfinished line) a vendor may send: an event is held
 * whole before it is restored, so one without end would hold memory without end.
 */
export const MAX_EVENT_CHARS = 8 * 2 ** 20;

const tooLarge = () => new ProxyError("vendor_error", `The vendor sent a stream event larger than ${MAX_EVENT_CHARS / 2 ** 20} Mi characters; the answer was cut off.`);

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
    const valueStart = colon === -1 ? line.length : line.charCodeAt(colon + 1) === 0x20 ? colon + 2 : colon + 1;
    const value = line.slice(valueStart);
    switch (field) {
      case "event":
        eventType = value;
        break;
      case "data":
        data = hasData ? `${data}\n${value}` : value;
        hasData = true;
        if (data.length > MAX_EVENT_CHARS) throw tooLarge();
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
    // Line ends are found with indexOf, which scans natively, rather than a loop over every character.
    let nextLineFeed = text.indexOf("\n", lineStart);
    let nextCarriageReturn = text.indexOf("\r", lineStart);
    while (nextLineFeed !== -1 || nextCarriageReturn !== -1) {
      const lineEnd = nextCarriageReturn === -1 || (nextLineFeed !== -1 && nextLineFeed < nextCarriageReturn) ? nextLineFeed : nextCarriageReturn;
      const line = pendingLine === "" ? text.slice(lineStart, lineEnd) : pendingLine + text.slice(lineStart, lineEnd);
      pendingLine = "";
      lineStart = lineEnd + 1;
      if (lineEnd === nextCarriageReturn) {
        if (lineStart === text.length) skipLineFeed = true;
        else if (text.charCodeAt(lineStart) === LINE_FEED) lineStart++;
      }
      if (nextLineFeed !== -1 && nextLineFeed < lineStart) nextLineFeed = text.indexOf("\n", lineStart);
      if (nextCarriageReturn !== -1 && nextCarriageReturn < lineStart) nextCarriageReturn = text.indexOf("\r", lineStart);
      processLine(line, controller);
    }
    if (lineStart < text.length) pendingLine += text.slice(lineStart);
    if (pendingLine.length + data.length > MAX_EVENT_CHARS) throw tooLarge();
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
