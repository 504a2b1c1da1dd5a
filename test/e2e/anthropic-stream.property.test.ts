import Anthropic from "@anthropic-ai/sdk";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicStream, type FakeAnthropicVendor, lastUserText, startFakeAnthropicVendor } from "../support/fake-anthropic-vendor.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";
import { piiPromptArbitrary, splitAt } from "../support/pii-arbitraries.ts";

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

// Quotes, backslashes, tabs and newlines become JSON escapes in the tool input, so cuts land inside them too;
// a typed `[US_SSN_` at the very end is held back to the end of its block and must still come out.
const text = piiPromptArbitrary({ words: ["the", "patient", "asked", "about", "their", "bill", "please", "confirm", "émigré", "😀", "日本", "[note]", "(see", "above)", "—", "\n", '"quoted"', "back\\slash", "tab\there", "{}", "\\n", "[US_SSN_", "[EMAIL"] });

describe("property: whatever the Anthropic vendor streams back comes back byte for byte", () => {
  it("restores echoed PII in text_delta and in input_json_delta cut at random boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 80 }), async ({ prompt, values }, textCuts, jsonCuts) => {
        vendor.reset((request) => {
          const received = lastUserText(request.body);
          const input = JSON.stringify({ echo: received, again: [received] });
          return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: splitAt(received, textCuts) }, { type: "tool_use", id: "toolu_echo", name: "echo", pieces: splitAt(input, jsonCuts) }]) };
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
