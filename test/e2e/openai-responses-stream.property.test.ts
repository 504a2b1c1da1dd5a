import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastResponsesUserText, responsesStream } from "../support/fake-openai-responses.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { piiPromptArbitrary, splitAt } from "../support/pii-arbitraries.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();

// Quotes, backslashes and newlines matter most inside function-call arguments, where they are JSON-escaped;
// typed placeholder starts (`[EMAIL_`) make Veilgate hold text back and send it as an extra delta.
const text = piiPromptArbitrary({ words: ["the", "patient", "asked", "about", "their", "bill", "please", "confirm", "émigré", "😀", "日本", "[note]", "(see", "above)", "—", "\n", '"quoted"', "back\\slash", "\t", "[EMAIL_", "[US_SSN_Q"] });

describe("property: a Responses stream comes back byte for byte", () => {
  it("restores echoed PII in output_text deltas and function-call argument deltas over random chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }), fc.boolean(), async ({ prompt, values }, textCuts, argumentCuts, useHelper) => {
        fixture.vendor.reset((request) => {
          const received = lastResponsesUserText(request.body);
          const call = { name: "echo", argumentPieces: splitAt(JSON.stringify({ text: received }), argumentCuts) };
          return { kind: "sse", writes: responsesStream({ text: splitAt(received, textCuts), call }) };
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
