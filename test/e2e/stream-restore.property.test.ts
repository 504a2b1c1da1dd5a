import fc from "fast-check";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { chatCompletion, chatCompletionStream, lastUserText, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { piiPromptArbitrary, splitAt } from "../support/pii-arbitraries.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();

const text = piiPromptArbitrary({ words: ["the", "patient", "asked", "about", "their", "bill", "again", "please", "confirm", "thanks", "émigré", "naïve", "😀", "日本", "[note]", "(see", "above)", "—", "\n"] });

describe("property: whatever the vendor streams back comes back byte for byte", () => {
  it("restores echoed PII over random chunk boundaries (stream) and in JSON", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.boolean(), async ({ prompt, values }, cuts, stream) => {
        fixture.vendor.reset((request) => {
          const received = lastUserText(request.body);
          return stream ? { kind: "sse", writes: chatCompletionStream(splitAt(received, cuts)) } : { kind: "json", body: chatCompletion(received) };
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
