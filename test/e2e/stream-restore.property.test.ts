import fc from "fast-check";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { chatCompletion, chatCompletionStream, lastUserText, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
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
const word = fc.constantFrom("the", "patient", "asked", "about", "their", "bill", "again", "please", "confirm", "thanks", "émigré", "naïve", "😀", "日本", "[note]", "(see", "above)", "—", "\n");
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

/** Splits `text` into pieces at the given cut points (code-unit offsets, surrogate pairs kept whole). */
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

describe("property: whatever the vendor streams back comes back byte for byte", () => {
  it("restores echoed PII over random chunk boundaries (stream) and in JSON", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.boolean(), async ({ prompt, values }, cuts, stream) => {
        fixture.vendor.received.length = 0;
        fixture.vendor.respondWith((request) => {
          const received = lastUserText(request.body);
          return stream ? { kind: "sse", writes: chatCompletionStream(split(received, cuts)) } : { kind: "json", body: chatCompletion(received) };
        });
        let answer = "";
        if (stream) {
          const response = await fixture.client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: prompt }] });
          for await (const chunk of response) answer += chunk.choices[0]?.delta.content ?? "";
        } else {
          const response = await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: prompt }] });
          answer = response.choices[0]!.message.content ?? "";
        }
        expect(answer).toBe(prompt);
        expect(leakedIn(lastUserText(fixture.vendor.received[0]!.body), values)).toEqual([]);
      }),
      { seed: 20261129, numRuns: 120 },
    );
  });
});
