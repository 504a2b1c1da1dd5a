import { BACKSLASH, BACKSPACE, CARRIAGE_RETURN, DOUBLE_QUOTE, FORM_FEED, LINE_FEED, SPACE, TAB, hexValue } from "./url-syntax.ts";

/** Where a {@link createJsonSourceDecoder} sends what it decodes. */
export interface JsonSourceSink {
  /** One character: of a string's value (escapes decoded), or of the source outside strings, as written. */
  take(code: number): void;
  /** A string's opening quote; its closing quote is taken as a space. */
  startString(): void;
}

/**
 * Creates a decoder that reads JSON source one UTF-16 code unit at a time, across any
 * chunking, and hands `sink` the characters a reader of the JSON would see: inside strings
 * the escapes (`\n`, `\/`, `\u003c` …) decoded, outside strings everything but the quotes
 * as written, so a lenient tool-argument parser's `{'url': 'https://…'}` or unquoted
 * `https://…` is followed as text would be. A malformed escape is followed literally.
 */
export function createJsonSourceDecoder(sink: JsonSourceSink): (code: number) => void {
  let inString = false;
  /** 0: no escape; 1: after `\`; 2–5: inside `\uXXXX`, with `escape - 2` hex digits read. */
  let escape = 0;
  let unicode = 0;

  return function decodeJsonSource(code) {
    if (!inString) {
      if (code === DOUBLE_QUOTE) {
        inString = true;
        sink.startString();
      } else sink.take(code);
      return;
    }
    if (escape === 0) {
      if (code === BACKSLASH) escape = 1;
      else if (code === DOUBLE_QUOTE) {
        inString = false;
        sink.take(SPACE);
      } else sink.take(code);
      return;
    }
    if (escape === 1) {
      escape = 0;
      switch (code) {
        case 0x6e: return sink.take(LINE_FEED);
        case 0x72: return sink.take(CARRIAGE_RETURN);
        case 0x74: return sink.take(TAB);
        case 0x66: return sink.take(FORM_FEED);
        case 0x62: return sink.take(BACKSPACE);
        case 0x75:
          escape = 2;
          unicode = 0;
          return;
        default: return sink.take(code);
      }
    }
    const digit = hexValue(code);
    if (digit < 0) {
      escape = 0;
      sink.take(code);
      return;
    }
    unicode = unicode * 16 + digit;
    if (++escape === 6) {
      escape = 0;
      sink.take(unicode);
    }
  };
}
