import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatCompletionRequestSchema, type ChatCompletionRequest } from "../../openai-chat/request-schema.ts";
import { chatCompletionTextSlots } from "../../openai-chat/text-slots.ts";
import { openAiChatToAnthropicTranslation } from "./index.ts";
import { DEFAULT_MAX_TOKENS, translateChatRequest } from "./translate-chat-request.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), "utf8"));
const request = (fields: Record<string, unknown>): ChatCompletionRequest => ({ model: "claude-test", messages: [{ role: "user", content: "hi" }], ...fields }) as ChatCompletionRequest;
const translatedBody = (fields: Record<string, unknown>) => {
  const result = translateChatRequest(request(fields));
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("translateChatRequest", () => {
  it("translates a recorded request with system, images, tool calls, tool results, tools and settings", () => {
    const result = translateChatRequest(fixture("chat-request.json") as ChatCompletionRequest);
    expect(result).toEqual({ ok: true, value: fixture("chat-request.translated.json") });
  });

  it("sends the default max_tokens when none is given, and keeps a lone string system prompt a string", () => {
    const body = translatedBody({ messages: [{ role: "system", content: "Be kind." }, { role: "user", content: "hi" }] });
    expect(body).toEqual({ model: "claude-test", max_tokens: DEFAULT_MAX_TOKENS, system: "Be kind.", messages: [{ role: "user", content: "hi" }] });
    expect(translatedBody({ max_tokens: 9 }).max_tokens).toBe(9);
  });

  it("lifts a late system message into system and merges consecutive turns of one role, since Messages alternates", () => {
    const body = translatedBody({
      messages: [
        { role: "user", content: "one" },
        { role: "user", content: [{ type: "text", text: "two" }] },
        { role: "system", content: "late rule" },
        { role: "assistant", content: "" },
        { role: "assistant", content: "three" },
      ],
    });
    expect(body.system).toBe("late rule");
    expect(body.messages).toEqual([
      { role: "user", content: [{ type: "text", text: "one" }, { type: "text", text: "two" }] },
      { role: "assistant", content: "three" },
    ]);
  });

  it.each([
    [{ tool_choice: "auto" }, { type: "auto" }],
    [{ tool_choice: "none" }, { type: "none" }],
    [{ tool_choice: { type: "function", function: { name: "f" } } }, { type: "tool", name: "f" }],
    [{ parallel_tool_calls: false }, { type: "auto", disable_parallel_tool_use: true }],
    [{ tool_choice: "none", parallel_tool_calls: false }, { type: "none" }],
  ])("maps tool choice %j", (fields, expected) => {
    expect(translatedBody({ tools: [{ type: "function", function: { name: "f" } }], ...fields }).tool_choice).toEqual(expected);
  });

  it("accepts the neutral values of refused fields, and nulls, as absent", () => {
    const body = translatedBody({ n: 1, logprobs: false, frequency_penalty: 0, presence_penalty: 0, logit_bias: {}, modalities: ["text"], audio: null, response_format: { type: "text" }, temperature: null });
    expect(Object.keys(body).sort()).toEqual(["max_tokens", "messages", "model"]);
  });

  it.each([
    [{ n: 2 }, /'n': several choices/],
    [{ logprobs: true }, /'logprobs'/],
    [{ top_logprobs: 3 }, /'top_logprobs'/],
    [{ modalities: ["text", "audio"] }, /'modalities'/],
    [{ audio: { voice: "alloy", format: "mp3" } }, /'audio'/],
    [{ frequency_penalty: 0.5 }, /frequency penalty/],
    [{ response_format: { type: "json_object" } }, /json_object/],
    [{ temperature: 1.5 }, /temperature from 0 to 1/],
    [{ functions: [{ name: "f" }] }, /deprecated/],
    [{ reasoning_effort: "high" }, /reasoning effort/],
    [{ some_new_field: true, another: 1 }, /the fields 'some_new_field', 'another' have no translation/],
    [{ tools: [{ type: "custom", custom: { name: "grammar" } }] }, /tools\[0\]: only function tools translate; 'custom'/],
    [{ tool_choice: { type: "allowed_tools", allowed_tools: {} } }, /'tool_choice': the choice 'allowed_tools'/],
  ])("refuses %j", (fields, message) => {
    const result = translateChatRequest(request(fields));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] }, /messages\[0\]\.content\[0\]: content parts of type 'input_audio'/],
    [{ role: "user", content: [{ type: "file", file: { file_id: "file-1" } }] }, /'file'/],
    [{ role: "user", content: [{ type: "image_url", image_url: { url: "data:image/tiff;base64,AAAA" } }] }, /'image\/tiff' are not accepted/],
    [{ role: "user", content: [{ type: "image_url", image_url: { url: "ftp://example.com/a.png" } }] }, /data: URL or an http\(s\) URL/],
    [{ role: "function", name: "f", content: "x" }, /role 'function'/],
    [{ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{\"ssn\": [US_SSN_7QK2MX" } }] }, /tool_calls\[0\]: the function arguments are not valid JSON\.$/],
    [{ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "[1,2]" } }] }, /must be a JSON object/],
    [{ role: "assistant", content: null, function_call: { name: "f", arguments: "{}" } }, /deprecated 'function_call'/],
  ])("refuses the message %j without quoting its text", (message, expected) => {
    const result = translateChatRequest(request({ messages: [message] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(expected);
    expect(!result.ok && result.message).not.toMatch(/US_SSN|AAAA/);
  });

  it("carries over only what the chat text slots read: a value in every translated field is gone once they are redacted", () => {
    const email = "jane.doe@example.com";
    const caller = () =>
      chatCompletionRequestSchema.parse({
        model: "claude-test",
        user: email,
        stop: [email],
        response_format: { type: "json_schema", json_schema: { name: "r", schema: { type: "object", description: email, properties: { type: { enum: [email] } } } } },
        tools: [{ type: "function", function: { name: "notify", description: `cc ${email}`, parameters: { type: "object", properties: { to: { type: "string", default: email } } } } }],
        messages: [
          { role: "system", content: `for ${email}` },
          { role: "developer", content: [{ type: "text", text: email }] },
          { role: "user", content: [{ type: "text", text: email }, { type: "image_url", image_url: { url: `https://files.example/?owner=${email}` } }] },
          { role: "assistant", content: email, refusal: email, tool_calls: [{ id: "c1", type: "function", function: { name: "notify", arguments: JSON.stringify({ to: email, cc: { [email]: true } }) } }] },
          { role: "tool", tool_call_id: "c1", content: `sent to ${email}` },
          { role: "user", content: email },
        ],
      });
    const occurrences = (body: unknown) => JSON.stringify(body).split(email).length - 1;
    const unredacted = translateChatRequest(caller());
    expect(unredacted.ok && occurrences(unredacted.value)).toBe(16);
    const request = caller();
    for (const slot of chatCompletionTextSlots(request)) slot.write(slot.text.replaceAll(email, "[EMAIL_1]"));
    const redacted = translateChatRequest(request);
    expect(redacted.ok && occurrences(redacted.value)).toBe(0);
  });

  it("prefixes refusals through the translation object, so the caller sees who refused", () => {
    const result = openAiChatToAnthropicTranslation.translateRequest(request({ n: 3 }));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^This chat-completions request cannot be translated for an Anthropic-protocol vendor: 'n'/) });
  });
});
