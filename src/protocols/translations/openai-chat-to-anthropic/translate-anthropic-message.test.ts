import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProxyError } from "../../../errors.ts";
import { translateAnthropicMessage } from "./translate-anthropic-message.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), "utf8"));
const now = () => 1_764_000_000_500;
const message = (fields: Record<string, unknown>) => ({ id: "msg_1", type: "message", role: "assistant", model: "claude-test", content: [], stop_reason: "end_turn", usage: { input_tokens: 3, output_tokens: 4 }, ...fields });

describe("translateAnthropicMessage", () => {
  it("turns a recorded tool_use answer into a chat completion with tool calls, finish reason and usage", () => {
    expect(translateAnthropicMessage(fixture("anthropic-message-tool-use.json"), { now })).toEqual({
      id: "msg_01Aq9w938a90dw8q",
      object: "chat.completion",
      created: 1_764_000_000,
      model: "claude-sonnet-4-5-20250929",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: "Looking up [PERSON_0A1B2C] by SSN [US_SSN_7QK2MX].",
            refusal: null,
            tool_calls: [
              {
                id: "toolu_01A09q90qw90lq917835lq9",
                type: "function",
                function: { name: "lookup_customer", arguments: '{"ssn":"[US_SSN_7QK2MX]","contact":{"email":"[EMAIL_3RD8ZP]","phones":["[PHONE_9WX4KT]","none"]},"limit":3}' },
              },
            ],
          },
          logprobs: null,
          finish_reason: "tool_calls",
        },
      ],
      // Cache writes and reads are part of OpenAI's prompt_tokens.
      usage: { prompt_tokens: 582, completion_tokens: 91, total_tokens: 673, prompt_tokens_details: { cached_tokens: 100 } },
    });
  });

  it("joins text blocks, leaves thinking out, and has null content when there are only tool calls", () => {
    const text = translateAnthropicMessage(message({ content: [{ type: "thinking", thinking: "hm", signature: "s" }, { type: "text", text: "a" }, { type: "text", text: "b" }] }), { now });
    expect((text.choices as Array<{ message: unknown }>)[0]!.message).toEqual({ role: "assistant", content: "ab", refusal: null });
    const tools = translateAnthropicMessage(message({ content: [{ type: "tool_use", id: "t", name: "f", input: {} }], stop_reason: "tool_use" }), { now });
    expect((tools.choices as Array<{ message: { content: unknown; tool_calls: unknown } }>)[0]!.message.content).toBeNull();
  });

  it.each([
    ["end_turn", "stop"],
    ["stop_sequence", "stop"],
    ["max_tokens", "length"],
    ["tool_use", "tool_calls"],
    ["refusal", "content_filter"],
    ["model_context_window_exceeded", "length"],
    [null, "stop"],
  ])("maps stop_reason %s to finish_reason %s", (stopReason, finishReason) => {
    const completion = translateAnthropicMessage(message({ stop_reason: stopReason }), { now });
    expect((completion.choices as Array<{ finish_reason: string }>)[0]!.finish_reason).toBe(finishReason);
  });

  it("refuses, as a vendor error, an answer that is not a message", () => {
    const attempt = () => translateAnthropicMessage({ type: "error", error: { type: "api_error", message: "?" } });
    expect(attempt).toThrow(ProxyError);
    expect(attempt).toThrow(/not a Messages answer/);
  });
});
