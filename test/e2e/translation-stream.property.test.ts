import fc from "fast-check";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { anthropicStream, lastUserText as lastAnthropicUserText } from "../support/fake-anthropic-vendor.ts";
import { lastUserText as lastChatUserText } from "../support/fake-openai-vendor.ts";
import { leakedIn } from "../support/pii-samples.ts";
import { piiPromptArbitrary, splitAt } from "../support/pii-arbitraries.ts";
import { useBothVendors } from "../support/use-both-vendors.ts";

const both = useBothVendors();

const SETTINGS = { seed: 20_261_129, numRuns: 60 };
const cuts = fc.array(fc.nat(), { maxLength: 60 });
// Quotes, backslashes and newlines become JSON escapes in tool arguments, so cuts land inside them too;
// a typed `[US_SSN_` is held back to the end of its block and must still come out.
const text = piiPromptArbitrary({ words: ["the", "patient", "asked", "about", "bill", "émigré", "😀", "日本", "[note]", "—", "\n", '"quoted"', "back\\slash", "tab\there", "{}", "[US_SSN_", "[EMAIL"], maxParts: 24 });

/** An OpenAI chat stream of `text` pieces, then one tool call's argument pieces, a finish chunk, usage and `[DONE]`. */
function chatStream(text: string[], argumentPieces: string[]): string[] {
  const base = { id: "chatcmpl-echo", object: "chat.completion.chunk", created: 1_764_000_000, model: "fake-model" };
  const frame = (delta: object, finishReason: string | null = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  return [
    frame({ role: "assistant", content: "" }),
    ...text.map((piece) => frame({ content: piece })),
    frame({ tool_calls: [{ index: 0, id: "call_echo", type: "function", function: { name: "echo", arguments: "" } }] }),
    ...argumentPieces.map((piece) => frame({ tool_calls: [{ index: 0, function: { arguments: piece } }] })),
    frame({}, "tool_calls"),
    `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } })}\n\n`,
    "data: [DONE]\n\n",
  ];
}

describe("property: a vendor's stream comes back byte for byte through a translation into the other protocol", () => {
  it("openai SDK ← chat chunks ← translation ← Anthropic text_delta and input_json_delta cut at random", async () => {
    await fc.assert(
      fc.asyncProperty(text, cuts, cuts, async ({ prompt, values }, textCuts, jsonCuts) => {
        both.anthropicVendor.reset((request) => {
          const received = lastAnthropicUserText(request.body);
          const input = JSON.stringify({ echo: received, again: [received] });
          return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: splitAt(received, textCuts) }, { type: "tool_use", id: "toolu_echo", name: "echo", pieces: splitAt(input, jsonCuts) }]) };
        });
        const final = await both.openai.chat.completions.stream({ model: "claude-test", messages: [{ role: "user", content: prompt }] }).finalChatCompletion();
        expect(leakedIn(both.anthropicVendor.received[0]!.rawBody, values)).toEqual([]);
        const message = final.choices[0]!.message;
        expect(message.content).toBe(prompt);
        const call = message.tool_calls![0]! as OpenAI.ChatCompletionMessageFunctionToolCall;
        expect(JSON.parse(call.function.arguments)).toEqual({ echo: prompt, again: [prompt] });
      }),
      SETTINGS,
    );
  });

  it("@anthropic-ai/sdk ← Messages events ← translation ← OpenAI content and tool-call arguments cut at random", async () => {
    await fc.assert(
      fc.asyncProperty(text, cuts, cuts, async ({ prompt, values }, textCuts, jsonCuts) => {
        both.openAiVendor.reset((request) => {
          const received = lastChatUserText(request.body);
          return { kind: "sse", writes: chatStream(splitAt(received, textCuts), splitAt(JSON.stringify({ echo: received, again: [received] }), jsonCuts)) };
        });
        let streamed = "";
        const final = await both.anthropic.messages.stream({ model: "gpt-test", max_tokens: 1024, messages: [{ role: "user", content: prompt }] }).on("text", (delta) => (streamed += delta)).finalMessage();
        expect(leakedIn(both.openAiVendor.received[0]!.rawBody, values)).toEqual([]);
        expect(streamed).toBe(prompt);
        expect(final.content[0]).toEqual({ type: "text", text: prompt });
        expect(final.content[1]).toMatchObject({ type: "tool_use", id: "call_echo", input: { echo: prompt, again: [prompt] } });
      }),
      SETTINGS,
    );
  });
});
