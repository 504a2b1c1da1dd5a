import Anthropic from "@anthropic-ai/sdk";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicStream, type FakeAnthropicVendor, lastUserText, startFakeAnthropicVendor } from "../support/fake-anthropic-vendor.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";

let vendor: FakeAnthropicVendor;
let veilgate: TestVeilgate;
let client: Anthropic;
beforeAll(async () => {
  vendor = await startFakeAnthropicVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url, anthropicVendorUrl: vendor.url });
  client = new Anthropic({ baseURL: veilgate.url, apiKey: veilgate.clientKey, authToken: null, maxRetries: 0 });
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});

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
// Quotes, backslashes, tabs and newlines become JSON escapes in the tool input, so cuts land inside them too;
// a typed `[US_SSN_` at the very end is held back to the end of its block and must still come out.
const word = fc.constantFrom("the", "patient", "asked", "about", "their", "bill", "please", "confirm", "émigré", "😀", "日本", "[note]", "(see", "above)", "—", "\n", '"quoted"', "back\\slash", "tab\there", "{}", "\\n", "[US_SSN_", "[EMAIL");
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
    .sort((left, right) => left - right);
  return [0, ...points].map((start, position) => input.slice(start, [...points, input.length][position])).filter((piece) => piece.length > 0);
}

describe("property: whatever the Anthropic vendor streams back comes back byte for byte", () => {
  it("restores echoed PII in text_delta and in input_json_delta cut at random boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 80 }), async ({ prompt, values }, textCuts, jsonCuts) => {
        vendor.received.length = 0;
        vendor.respondWith((request) => {
          const received = lastUserText(request.body);
          const input = JSON.stringify({ echo: received, again: [received] });
          return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: split(received, textCuts) }, { type: "tool_use", id: "toolu_echo", name: "echo", pieces: split(input, jsonCuts) }]) };
        });
        let streamed = "";
        const stream = client.messages.stream({ model: "claude-test", max_tokens: 1024, messages: [{ role: "user", content: prompt }] }).on("text", (delta) => (streamed += delta));
        const final = await stream.finalMessage();
        expect(leakedIn(vendor.received[0]!.rawBody, values)).toEqual([]);
        expect(streamed).toBe(prompt);
        expect(final.content[0]).toEqual({ type: "text", text: prompt });
        expect(final.content[1]).toMatchObject({ type: "tool_use", input: { echo: prompt, again: [prompt] } });
      }),
      { seed: 20_260_417, numRuns: 100 },
    );
  });
});
