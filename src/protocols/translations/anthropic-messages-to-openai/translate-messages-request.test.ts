import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anthropicMessagesRequestSchema, type AnthropicMessagesRequest } from "../../anthropic-messages/request-schema.ts";
import { anthropicMessagesTextSlots } from "../../anthropic-messages/text-slots.ts";
import { anthropicMessagesToOpenAiTranslation } from "./index.ts";
import { translateMessagesRequest } from "./translate-messages-request.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), "utf8"));
const request = (fields: Record<string, unknown>): AnthropicMessagesRequest =>
  ({ model: "gpt-test", max_tokens: 64, messages: [{ role: "user", content: "hi" }], ...fields }) as AnthropicMessagesRequest;
const translatedBody = (fields: Record<string, unknown>) => {
  const result = translateMessagesRequest(request(fields));
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("translateMessagesRequest", () => {
  it("translates a recorded request with system blocks, images, thinking, tool use, tool results, tools and settings", () => {
    expect(translateMessagesRequest(fixture("messages-request.json") as AnthropicMessagesRequest)).toEqual({ ok: true, value: fixture("messages-request.translated.json") });
  });

  it("keeps a plain request plain: string system, string content, max_tokens, no streaming fields", () => {
    expect(translatedBody({ system: "Be kind." })).toEqual({ model: "gpt-test", max_tokens: 64, messages: [{ role: "system", content: "Be kind." }, { role: "user", content: "hi" }] });
  });

  it.each([
    [{ type: "auto" }, "auto"],
    [{ type: "any" }, "required"],
    [{ type: "none" }, "none"],
    [{ type: "tool", name: "f" }, { type: "function", function: { name: "f" } }],
  ])("maps tool_choice %j", (choice, expected) => {
    const body = translatedBody({ tools: [{ name: "f", input_schema: { type: "object" } }], tool_choice: choice });
    expect(body.tool_choice).toEqual(expected);
    expect(body.parallel_tool_calls).toBeUndefined();
  });

  it("sends tool results right after the assistant's tool calls, before the turn's other text", () => {
    const body = translatedBody({
      messages: [
        { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "f", input: { a: "[EMAIL_3RD8ZP]" } }] },
        { role: "user", content: [{ type: "text", text: "and also" }, { type: "tool_result", tool_use_id: "t1", content: [{ type: "text", text: "ok" }] }] },
      ],
    });
    expect(body.messages).toEqual([
      { role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name: "f", arguments: '{"a":"[EMAIL_3RD8ZP]"}' } }] },
      { role: "tool", tool_call_id: "t1", content: "ok" },
      { role: "user", content: [{ type: "text", text: "and also" }] },
    ]);
  });

  it.each([
    [{ top_k: 5 }, /'top_k'/],
    [{ thinking: { type: "enabled", budget_tokens: 1024 } }, /'thinking': extended thinking/],
    [{ output_config: { effort: "high" } }, /'output_config'/],
    [{ metadata: { user_id: "u", team: "x" } }, /'metadata'/],
    [{ inference_geo: "us" }, /data-residency/],
    [{ mcp_servers: [{ type: "url", url: "https://mcp.example.com", name: "m" }] }, /'mcp_servers'/],
    [{ brand_new: 1 }, /the field 'brand_new' has no translation/],
    [{ tools: [{ type: "web_search_20250305", name: "web_search" }] }, /tools\[0\]: the server tool 'web_search_20250305'/],
    [{ tool_choice: { type: "maybe" } }, /'tool_choice': the choice 'maybe'/],
  ])("refuses %j", (fields, message) => {
    const result = translateMessagesRequest(request(fields));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    [{ role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: "MRN [MRN_1]" } }] }, /messages\[0\]\.content\[0\]: 'document' blocks/],
    [{ role: "user", content: [{ type: "image", source: { type: "file", file_id: "file_1" } }] }, /only base64 and url image sources/],
    [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "MRN_1", data: "iVBORw0KGgo=" } }] }, /base64 images must be JPEG, PNG, GIF or WebP/],
    [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [{ type: "image", source: { type: "url", url: "https://x" } }] }] }, /carry text only, not 'image'/],
    [{ role: "user", content: [{ type: "search_result", source: "s", title: "t", content: [] }] }, /'search_result'/],
    [{ role: "assistant", content: [{ type: "server_tool_use", id: "s", name: "web_search", input: {} }] }, /'server_tool_use'/],
    [{ role: "assistant", content: [{ type: "image", source: { type: "url", url: "https://x" } }] }, /'image' blocks/],
    [{ role: "system", content: "x" }, /the role 'system'/],
  ])("refuses the message %j without quoting its text", (message, expected) => {
    const result = translateMessagesRequest(request({ messages: [message] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(expected);
    expect(!result.ok && result.message).not.toMatch(/MRN_1/);
  });

  it("carries over only what the Messages text slots read: a value in every translated field is gone once they are redacted", () => {
    const email = "jane.doe@example.com";
    const caller = () =>
      anthropicMessagesRequestSchema.parse({
        model: "gpt-test",
        max_tokens: 64,
        system: [{ type: "text", text: `for ${email}` }],
        stop_sequences: [email],
        metadata: { user_id: email },
        output_config: { format: { type: "json_schema", schema: { type: "object", description: email, properties: { type: { enum: [email] } } } } },
        tools: [{ name: "notify", description: `cc ${email}`, input_schema: { type: "object", properties: { to: { type: "string", default: email, examples: [email] } } } }],
        messages: [
          { role: "user", content: [{ type: "text", text: email }, { type: "image", source: { type: "url", url: `https://files.example/?owner=${email}` } }] },
          { role: "assistant", content: [{ type: "text", text: email }, { type: "tool_use", id: "t1", name: "notify", input: { to: email, cc: { [email]: true } } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: [{ type: "text", text: `sent to ${email}` }] }] },
          { role: "assistant", content: `done, ${email}` },
          { role: "user", content: email },
        ],
      });
    const occurrences = (body: unknown) => JSON.stringify(body).split(email).length - 1;
    const unredacted = translateMessagesRequest(caller());
    expect(unredacted.ok && occurrences(unredacted.value)).toBe(16);
    const request = caller();
    for (const slot of anthropicMessagesTextSlots(request)) slot.write(slot.text.replaceAll(email, "[EMAIL_1]"));
    const redacted = translateMessagesRequest(request);
    expect(redacted.ok && occurrences(redacted.value)).toBe(0);
  });

  it("refuses system blocks other than text, and prefixes refusals through the translation object", () => {
    const result = anthropicMessagesToOpenAiTranslation.translateRequest(request({ system: [{ type: "image", source: { type: "url", url: "https://x" } }] }));
    expect(result).toEqual({ ok: false, message: "This Messages request cannot be translated for an OpenAI-protocol vendor: system[0]: only text blocks translate in the system prompt." });
  });
});
