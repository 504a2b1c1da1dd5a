import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastResponsesUserText, responsesStream } from "../support/fake-openai-responses.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

const luhnComplete = (body: string): string => {
  let sum = 0;
  for (let index = 0; index < body.length; index++) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
};

const separator = fc.constantFrom("-", " ", ".", "\u2013", "");
const ssn = fc
  .tuple(fc.integer({ min: 1, max: 899 }).filter((area) => area !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom("-", " ", "\u2013"))
  .map(([area, group, serial, sep]) => `${String(area).padStart(3, "0")}${sep}${String(group).padStart(2, "0")}${sep}${String(serial).padStart(4, "0")}`);
const visa = fc.tuple(digits(14), separator).map(([body, sep]) => luhnComplete(`4${body}`).replace(/(\d{4})(?=\d)/g, `$1${sep}`));
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/), fc.constantFrom("example.com", "mail.example.org", "corp.example.net")).map(([user, domain]) => `${user}@${domain}`);
// Quotes, backslashes and newlines matter most inside function-call arguments, where they are JSON-escaped;
// typed placeholder starts (`[EMAIL_`) make Veilgate hold text back and send it as an extra delta.
const word = fc.constantFrom("the", "patient", "asked", "about", "their", "bill", "please", "confirm", "émigré", "😀", "日本", "[note]", "(see", "above)", "—", "\n", '"quoted"', "back\\slash", "\t", "[EMAIL_", "[US_SSN_Q");
const pii = fc.oneof(ssn, visa, email).map((value) => ({ value, pii: true }));
const prose = word.map((value) => ({ value, pii: false }));
const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: pii }), { minLength: 1, maxLength: 30 })
  // A value repeated in another spelling comes back in its first spelling, so keep one spelling per value.
  .filter((parts) => {
    const seen = new Map<string, string>();
    return parts.every(({ value }) => {
      const canonical = value.replace(/[^0-9a-z@.]/gi, "").toLowerCase();
      const first = seen.get(canonical) ?? value;
      seen.set(canonical, first);
      return first === value;
    });
  })
  .map((parts) => ({ prompt: parts.map((part) => part.value).join(" "), values: parts.filter((part) => part.pii).map((part) => part.value) }));

/** Splits `input` at the given cut points (code-unit offsets, surrogate pairs kept whole). */
function split(input: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (input.length + 1)))]
    .filter((point) => point > 0 && point < input.length && !(input.charCodeAt(point) >= 0xdc00 && input.charCodeAt(point) <= 0xdfff))
    .sort((a, b) => a - b);
  const pieces: string[] = [];
  let previous = 0;
  for (const point of [...points, input.length]) {
    pieces.push(input.slice(previous, point));
    previous = point;
  }
  return pieces.filter((piece) => piece.length > 0);
}

describe("property: a Responses stream comes back byte for byte", () => {
  it("restores echoed PII in output_text deltas and function-call argument deltas over random chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }), fc.boolean(), async ({ prompt, values }, textCuts, argumentCuts, useHelper) => {
        fixture.vendor.received.length = 0;
        fixture.vendor.respondWith((request) => {
          const received = lastResponsesUserText(request.body);
          const call = { name: "echo", argumentPieces: split(JSON.stringify({ text: received }), argumentCuts) };
          return { kind: "sse", writes: responsesStream({ text: split(received, textCuts), call }) };
        });
        const request = { model: "gpt-test", input: [{ role: "user" as const, content: prompt }] };
        let answer = "";
        let args = "";
        if (useHelper) {
          const final = await fixture.client.responses.stream(request).finalResponse();
          answer = final.output_text;
          const call = final.output.find((item) => item.type === "function_call");
          args = call?.type === "function_call" ? call.arguments : "";
        } else {
          for await (const event of await fixture.client.responses.create({ ...request, stream: true })) {
            if (event.type === "response.output_text.delta") answer += event.delta;
            if (event.type === "response.function_call_arguments.delta") args += event.delta;
          }
        }
        expect(answer).toBe(prompt);
        expect(JSON.parse(args)).toEqual({ text: prompt });
        expect(leakedIn(fixture.vendor.received[0]!.rawBody, values)).toEqual([]);
      }),
      { seed: 20_261_130, numRuns: 100 },
    );
  });
});
