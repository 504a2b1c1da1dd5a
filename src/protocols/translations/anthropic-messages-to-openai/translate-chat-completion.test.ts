import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProxyError } from "../../../errors.ts";
import { translateChatCompletion } from "./translate-chat-completion.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), "utf8"));
const completion = (message: Record<string, unknown>, finishReason = "stop") => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  model: "gpt-test",
  choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finishReason }],
  usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
});

describe("translateChatCompletion", () => {
  it("turns a recorded tool-call completion into a message with text and tool_use blocks", () => {
    expect(translateChatCompletion(fixture("chat-completion-tool-calls.json"))).toEqual({
      id: "chatcmpl-CdF9xTr4nslAtion",
      type: "message",
      role: "assistant",
      model: "gpt-4o-2024-08-06",
      content: [
        { type: "text", text: "Looking up [PERSON_0A1B2C]." },
        { type: "tool_use", id: "call_Nx4Lw2pQ", name: "lookup_customer", input: { ssn: "[US_SSN_7QK2MX]", contact: { email: "[EMAIL_3RD8ZP]" }, limit: 3 } },
        { type: "tool_use", id: "call_Rm7Kd1sV", name: "ping", input: {} },
      ],
      stop_reason: "tool_use",
      stop_sequence: null,
      // Cached tokens move out of input_tokens, as Anthropic counts them.
      usage: { input_tokens: 100, output_tokens: 40, cache_creation_input_tokens: 0, cache_read_input_tokens: 20 },
    });
  });

  it.each([
    ["stop", "end_turn"],
    ["length", "max_tokens"],
    ["tool_calls", "tool_use"],
    ["content_filter", "refusal"],
    ["something_new", "end_turn"],
  ])("maps finish_reason %s to stop_reason %s", (finishReason, stopReason) => {
    expect(translateChatCompletion(completion({ content: "hi" }, finishReason)).stop_reason).toBe(stopReason);
  });

  it("carries a refusal as text with stop_reason refusal, and sends no empty text block", () => {
    expect(translateChatCompletion(completion({ content: null, refusal: "I can't help with that." }))).toMatchObject({ content: [{ type: "text", text: "I can't help with that." }], stop_reason: "refusal" });
    expect(translateChatCompletion(completion({ content: "" })).content).toEqual([]);
  });

  it.each([
    [{ error: { message: "boom" } }, /not a chat completion/],
    [completion({ content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{oops" } }] }), /not valid JSON/],
    [completion({ content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "[1]" } }] }), /not a JSON object/],
  ])("refuses, as a vendor error, an answer Messages cannot carry (%#)", (body, message) => {
    expect(() => translateChatCompletion(body)).toThrow(ProxyError);
    expect(() => translateChatCompletion(body)).toThrow(message);
  });
});
