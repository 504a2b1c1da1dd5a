import { describe, expect, it } from "vitest";
import { openAiChatProtocol } from "./index.ts";
import type { ChatCompletionRequest } from "./request-schema.ts";
import { chatCompletionTextSlots } from "./text-slots.ts";

function parse(body: Record<string, unknown>): ChatCompletionRequest {
  const parsed = openAiChatProtocol.parseRequest({ model: "m", messages: [{ role: "user", content: "hi" }], ...body });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

const slotTexts = (request: ChatCompletionRequest) => chatCompletionTextSlots(request).map((slot) => slot.text);

describe("chatCompletionTextSlots", () => {
  it("reads every text a caller may send in messages, and rewrites them in place", () => {
    const request = parse({
      messages: [
        { role: "developer", content: "be brief" },
        { role: "user", name: "jane", content: [{ type: "text", text: "part" }, { type: "image_url", image_url: { url: "https://img.example/a?x=1" } }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }, { type: "file", file: { file_id: "file_1", filename: "jane.pdf" } }] },
        { role: "assistant", content: null, refusal: "no", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: '{"card":4111111111111111,"to":{"a@b.example":"cc"}}' } }, { id: "c2", type: "custom", custom: { name: "g", input: "raw input" } }] },
        { role: "tool", tool_call_id: "c1", content: "result" },
        { role: "user", content: [{ type: "future_part", payload: { note: "later" } }] },
      ],
    });
    const slots = chatCompletionTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["be brief", "part", "https://img.example/a?x=1", "jane.pdf", "jane", "no", '{"card":4111111111111111,"to":{"a@b.example":"cc"}}', "raw input", "result", "later", "file_1", "file_id", "c1", "id", "c2", "id", "c1", "tool_call_id"]);
    for (const slot of slots) slot.write(`<${slot.text}>`);
    const messages = request.messages as Array<Record<string, unknown>>;
    const calls = messages[2]!.tool_calls as Array<{ function?: { name: string; arguments: string }; custom?: { input: string } }>;
    expect(calls[0]!.function).toEqual({ name: "f", arguments: '<{"card":4111111111111111,"to":{"a@b.example":"cc"}}>' });
    expect(calls[1]!.custom).toEqual({ name: "g", input: "<raw input>" });
    expect(messages[1]!.content).toContainEqual({ type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } });
    expect(messages[4]!.content).toEqual([{ type: "future_part", payload: { note: "<later>" } }]);
  });

  it("reads tool-call arguments as JSON (searched leaf by leaf downstream) and custom tool-call input as text", () => {
    const request = parse({ messages: [{ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: '{"a":1}' } }, { id: "d", type: "custom", custom: { name: "g", input: "raw" } }], function_call: { name: "h", arguments: "{}" } }] });
    expect(chatCompletionTextSlots(request).map((slot) => [slot.text, slot.encoding])).toEqual([['{"a":1}', "json"], ["raw", "text"], ["{}", "json"], ["c", "text"], ["id", "text"], ["d", "text"], ["id", "text"]]);
  });

  it("reads the caller fields beside the messages, and rewrites them in place", () => {
    const request = parse({
      user: "u@example.com",
      safety_identifier: "s@example.com",
      prompt_cache_key: "cache-jane",
      metadata: { customer: "Jane", type: "gold" },
      stop: ["STOP jane", "\n"],
      prediction: { type: "content", content: [{ type: "text", text: "predicted" }] },
      web_search_options: { user_location: { type: "approximate", approximate: { city: "Springfield" } } },
      temperature: 0.2,
    });
    const slots = chatCompletionTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["u@example.com", "s@example.com", "cache-jane", "Jane", "gold", "STOP jane", "\n", "predicted", "Springfield", "hi"]);
    for (const slot of slots) slot.write(slot.text.toUpperCase());
    expect(request).toMatchObject({ user: "U@EXAMPLE.COM", metadata: { customer: "JANE" }, stop: ["STOP JANE", "\n"], prediction: { type: "content", content: [{ type: "text", text: "PREDICTED" }] }, web_search_options: { user_location: { type: "approximate" } }, temperature: 0.2 });
    expect(slotTexts(parse({ stop: "END", prediction: { type: "content", content: "whole" } }))).toEqual(["END", "whole", "hi"]);
  });

  it("reads tool, function and response-format schemas but not their names, types, references or bounds", () => {
    const request = parse({
      tools: [
        {
          type: "function",
          function: {
            name: "email_user",
            description: "Email the owner",
            strict: true,
            parameters: {
              type: "object",
              properties: { name: { type: "string", description: "Whose", enum: ["Jane"] }, type: { $ref: "#/$defs/kind" }, age: { type: "integer", minimum: 0, default: 42 } },
              $defs: { kind: { type: "string", examples: ["ex"], pattern: "^[a-z]+$", format: "email" } },
              required: ["name"],
              additionalProperties: false,
            },
          },
        },
        { type: "custom", custom: { name: "grammar_tool", description: "Free text", format: { type: "grammar", grammar: { syntax: "lark", definition: 'start: "jane"' } } } },
      ],
      functions: [{ name: "legacy", description: "Legacy one", parameters: { type: "object", properties: {} } }],
      response_format: { type: "json_schema", json_schema: { name: "record", description: "For Jane", schema: { type: "object", title: "Record" } } },
    });
    expect(slotTexts(request)).toEqual(["hi", "Email the owner", "Whose", "Jane", "42", "ex", "email", "Free text", "lark", 'start: "jane"', "Legacy one", "For Jane", "Record"]);
  });

  it.each([
    ["a file part's bytes", [{ type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERi0=" } }], /a file's bytes \(file_data\) cannot be checked for PII, so Veilgate forwarded nothing[\s\S]*messages\[0\]\.content\[0\]\.file\.file_data/],
    ["audio input", [{ type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } }], /audio cannot be checked for PII, so Veilgate forwarded nothing[\s\S]*messages\[0\]\.content\[0\]/],
    ["other data behind an image URL", [{ type: "image_url", image_url: { url: "data:application/pdf;base64,JVBERi0=" } }], /application\/pdf data in a data: URL[\s\S]*image_url\.url/],
    ["base64 in a part of a type it does not know", [{ type: "future_part", blob: "QUJD".repeat(100) }], /base64 data cannot be checked for PII/],
  ])("refuses %s", (_, content, message) => {
    const parsed = openAiChatProtocol.parseRequest({ model: "m", messages: [{ role: "user", content }] });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.message).toMatch(message);
  });

  it("keeps fields it does not name", () => {
    const body = { model: "m", messages: [{ role: "user", content: "x" }], n: 2, logit_bias: { "50256": -100 }, audio: { voice: "alloy", format: "wav" }, modalities: ["text", "audio"] };
    expect(openAiChatProtocol.parseRequest(body)).toEqual({ ok: true, request: body });
  });

  it("reads every field it does not name, at the top level, on a message, a part and a tool call, but not settings or tool names", () => {
    const request = parse({
      temperature: 0.2,
      seed: 4158675309,
      x_note: "top",
      tool_choice: { type: "function", function: { name: "lookup" } },
      logit_bias: { "50256": -100 },
      messages: [
        { role: "user", content: [{ type: "text", text: "hi", x_part: "part" }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA", x_image: "image" } }], x_message: "message" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: "{}", x_function: "fn" } }] },
        { role: "tool", tool_call_id: "call_1", content: "done" },
      ],
    });
    const texts = slotTexts(request);
    expect(texts).toEqual([
      "hi", "{}", "done",
      "message", "x_message", "part", "x_part", "image", "x_image",
      "call_1", "id", "fn", "x_function", "call_1", "tool_call_id",
      "top", "x_note", "-100", "50256", "logit_bias",
    ]);
    expect(texts).not.toContain("lookup");
    expect(texts).not.toContain("4158675309");
    for (const slot of chatCompletionTextSlots(request)) if (slot.text === "call_1" || slot.text === "top") slot.write(`<${slot.text}>`);
    const messages = request.messages as Array<Record<string, unknown>>;
    expect(messages[2]!.tool_call_id).toBe("<call_1>");
    expect((messages[1]!.tool_calls as Array<Record<string, unknown>>)[0]!.id).toBe("<call_1>");
    expect(request).toMatchObject({ x_note: "<top>", seed: 4158675309, tool_choice: { type: "function", function: { name: "lookup" } } });
  });

  it("renames a field it does not name when its name is what was found", () => {
    const request = parse({ "jane@example.com": "yes" });
    for (const slot of chatCompletionTextSlots(request)) if (slot.text === "jane@example.com") slot.write("[EMAIL]");
    expect(request).toEqual({ model: "m", messages: [{ role: "user", content: "hi" }], "[EMAIL]": "yes" });
  });
});
