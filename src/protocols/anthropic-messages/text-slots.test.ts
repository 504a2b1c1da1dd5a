import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anthropicMessagesRequestSchema, type AnthropicMessagesRequest } from "./request-schema.ts";
import { anthropicMessagesTextSlots } from "./text-slots.ts";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8"));
const parse = (body: unknown): AnthropicMessagesRequest => anthropicMessagesRequestSchema.parse(body);

describe("anthropicMessagesTextSlots", () => {
  it("lists every string the vendor reads, the system prompt first and then in request order", () => {
    const slots = anthropicMessagesTextSlots(parse(fixture("request-everything.json")));
    expect(slots.map((slot) => slot.text)).toEqual([
      "You help the account holder jane.doe@example.com.",
      "My SSN is 536-22-1234.",
      "Looking up 536-22-1234 now.",
      "536-22-1234",
      "ssn",
      "jane.doe@example.com",
      "emails",
      "3",
      "limit",
      "contact",
      "strict",
      "card 4111 1111 1111 1111",
      "phone +1 415-867-5309",
      "text/plain",
      "Patient MRN 00482913",
      "Chart of jane.doe@example.com",
      "Referred by NPI 1234567893",
      "https://files.example/scan?owner=jane.doe@example.com",
      "What do you see?",
      "jane.doe@example.com",
      "Look a customer up by SSN.",
    ]);
    expect(slots.every((slot) => slot.encoding === "text")).toBe(true);
  });

  it("writes each slot back in place and leaves thinking, tool names, schema structure and non-string leaves untouched", () => {
    const original = fixture("request-everything.json");
    const request = parse(structuredClone(original));
    // The tool_use input's keys and its number are slots too (see the next test); here only values are rewritten.
    const keysAndNumbers = new Set(["ssn", "emails", "3", "limit", "contact", "strict"]);
    for (const slot of anthropicMessagesTextSlots(request)) if (!keysAndNumbers.has(slot.text)) slot.write(`<${slot.text.length}>`);
    const sent = JSON.parse(JSON.stringify(request)) as Record<string, unknown>;
    expect(sent.tools).toEqual([{ ...(original as { tools: object[] }).tools[0], description: "<26>" }]);
    expect(sent.thinking).toEqual((original as Record<string, unknown>).thinking);
    const [, assistant, toolTurn] = request.messages;
    expect(assistant!.content[0]).toEqual({ type: "thinking", thinking: "SSN is [US_SSN_7QK2MX]; look it up.", signature: "EqQBCgIYAhIM1gbcDa9GJwZA" });
    expect(assistant!.content[1]).toEqual({ type: "redacted_thinking", data: "EmwKAhgBEgy3va3pzix" });
    expect(assistant!.content[3]).toMatchObject({ input: { ssn: "<11>", contact: { emails: ["<20>"], limit: 3 }, strict: true } });
    expect(toolTurn!.content[1]).toMatchObject({ content: [{ text: "<21>" }, { source: { type: "base64", data: "iVBORw0KGgo=" } }] });
    expect(request.metadata).toEqual({ user_id: "<20>" });
    expect(request.system).toEqual([{ type: "text", text: "<49>", cache_control: { type: "ephemeral" } }]);
  });

  it("reads a tool_use input's numbers and keys: a redacted number becomes a string, a redacted key is renamed", () => {
    const request = parse({
      model: "claude-test",
      messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t", name: "pay", input: { card: 4111111111111111, cc: { "jane.doe@example.com": true }, n: 2 } }] }],
    });
    const slots = anthropicMessagesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["4111111111111111", "card", "jane.doe@example.com", "cc", "2", "n"]);
    slots[0]!.write("[CREDIT_CARD_1]");
    slots[2]!.write("[EMAIL_1]");
    expect(request.messages[0]!.content).toMatchObject([{ input: { card: "[CREDIT_CARD_1]", cc: { "[EMAIL_1]": true }, n: 2 } }]);
    expect(Object.keys((request.messages[0]!.content[0] as unknown as { input: { cc: object } }).input.cc)).toEqual(["[EMAIL_1]"]);
  });

  it("takes a string system prompt and string contents, and skips empty strings and null metadata", () => {
    const request = parse({
      model: "claude-test",
      system: "Be brief with 536-22-1234.",
      metadata: null,
      messages: [
        { role: "user", content: "first" },
        { role: "assistant", content: "" },
        { role: "user", content: [{ type: "text", text: "" }, { type: "tool_use", id: "t", name: "n", input: { deep: [[{ value: "leaf" }]], n: null } }] },
      ],
    });
    const slots = anthropicMessagesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["Be brief with 536-22-1234.", "first", "leaf", "value", "deep", "n"]);
    slots[2]!.write("LEAF");
    expect(request.messages[2]!.content).toMatchObject([{}, { input: { deep: [[{ value: "LEAF" }]], n: null } }]);
    slots[0]!.write("Be brief.");
    expect(request.system).toBe("Be brief.");
  });

  it("reads document sources of nested content, search results and citations in history", () => {
    const request = parse({
      model: "claude-test",
      messages: [
        {
          role: "user",
          content: [
            { type: "document", source: { type: "content", content: [{ type: "text", text: "nested 1" }] } },
            { type: "document", source: { type: "file", file_id: "file_011CNha8iCJcU1wXNR6q4V8w" } },
            { type: "search_result", source: "https://kb.example/a", title: "KB", content: [{ type: "text", text: "result text" }] },
          ],
        },
        { role: "assistant", content: [{ type: "text", text: "quote", citations: [{ type: "char_location", cited_text: "cited", document_title: "Doc" }] }] },
      ],
    });
    expect(anthropicMessagesTextSlots(request).map((slot) => slot.text)).toEqual(["nested 1", "https://kb.example/a", "KB", "result text", "quote", "cited", "Doc"]);
  });

  it("reads tool definitions: description, schema texts and examples, but not names or schema structure", () => {
    const request = parse({
      model: "claude-test",
      messages: [{ role: "user", content: "hi" }],
      tools: [
        {
          name: "email_user",
          description: "Email jane.doe@example.com",
          input_schema: {
            $schema: "https://json-schema.org/draft/2020-12/schema",
            type: "object",
            properties: {
              to: { type: "string", format: "email", enum: ["jane.doe@example.com"], default: "ops@example.com" },
              type: { type: "string", description: "a property named type" },
              ssn: { $ref: "#/$defs/ssn", pattern: "^[0-9-]+$" },
            },
            required: ["to"],
            additionalProperties: { type: "string", description: "extra 536-22-1234" },
            $defs: { ssn: { const: "536-22-1234", examples: [{ "jane.doe@example.com": 1 }] } },
          },
          input_examples: [{ to: "jane.doe@example.com", cc: { "ann@example.com": true } }],
          cache_control: { type: "ephemeral" },
        },
        { type: "web_search_20250305", name: "web_search", user_location: { type: "approximate", city: "Apt 4B, Springfield" }, allowed_domains: ["example.com"] },
      ],
    });
    const slots = anthropicMessagesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual([
      "hi",
      "Email jane.doe@example.com",
      // `format` is read: formats are a closed vocabulary, and a custom tool's grammar lives under it.
      "email",
      "jane.doe@example.com",
      "ops@example.com",
      "a property named type",
      "extra 536-22-1234",
      "536-22-1234",
      "1",
      "jane.doe@example.com",
      "jane.doe@example.com",
      "to",
      "ann@example.com",
      "cc",
      "Apt 4B, Springfield",
      "example.com",
    ]);
    for (const slot of slots) slot.write(slot.text.replaceAll("jane.doe@example.com", "[EMAIL_1]"));
    const [tool] = request.tools as Array<{ input_schema: { properties: { to: object } }; input_examples: object[] }>;
    expect(tool!.input_schema.properties.to).toEqual({ type: "string", format: "email", enum: ["[EMAIL_1]"], default: "ops@example.com" });
    expect(tool!.input_examples).toEqual([{ to: "[EMAIL_1]", cc: { "ann@example.com": true } }]);
    expect(request.tools).toMatchObject([{ name: "email_user", input_schema: { required: ["to"], properties: { ssn: { $ref: "#/$defs/ssn", pattern: "^[0-9-]+$" } } } }, { name: "web_search" }]);
  });

  it("reads stop sequences, metadata, a structured output's schema, MCP server URLs and unknown fields, but no settings", () => {
    const request = parse({
      model: "claude-test",
      max_tokens: 16,
      temperature: 0.2,
      thinking: { type: "enabled", budget_tokens: 2048 },
      tool_choice: { type: "tool", name: "email_user" },
      container: "container_011CZkZa",
      messages: [{ role: "user", content: "hi" }],
      stop_sequences: ["jane.doe@example.com"],
      metadata: { user_id: "u1", tenant: "ssn 536-22-1234" },
      output_config: { effort: "high", format: { type: "json_schema", schema: { type: "object", properties: { type: { description: "for 536-22-1234" } } } } },
      mcp_servers: [{ type: "url", url: "https://mcp.example/?who=jane.doe@example.com", name: "crm", authorization_token: "tok_536221234" }],
      context_management: { edits: [{ type: "compact_20260112", instructions: "Keep Jane's SSN 536-22-1234" }] },
      some_future_field: { note: "card 4111111111111111" },
    });
    expect(anthropicMessagesTextSlots(request).map((slot) => slot.text)).toEqual([
      "hi",
      "u1",
      "ssn 536-22-1234",
      "jane.doe@example.com",
      "high",
      "for 536-22-1234",
      "https://mcp.example/?who=jane.doe@example.com",
      "crm",
      "Keep Jane's SSN 536-22-1234",
      "card 4111111111111111",
    ]);
  });

  it("reads every leaf of block types it does not know field by field, except ids, types and encrypted content", () => {
    const request = parse({
      model: "claude-test",
      messages: [
        { role: "user", content: "fetch it" },
        {
          role: "assistant",
          content: [
            { type: "server_tool_use", id: "srvtoolu_1", name: "web_fetch", input: { url: "https://example.com/jane" } },
            {
              type: "web_fetch_tool_result",
              tool_use_id: "srvtoolu_1",
              content: { type: "web_fetch_result", url: "https://example.com/jane", content: { type: "document", source: { type: "text", media_type: "text/plain", data: "ssn 536-22-1234" } } },
            },
            { type: "bash_code_execution_tool_result", tool_use_id: "srvtoolu_2", content: { type: "bash_code_execution_result", stdout: "email jane.doe@example.com", stderr: "", return_code: 0, content: [{ type: "bash_code_execution_output", file_id: "file_1" }] } },
            { type: "text_editor_code_execution_tool_result", tool_use_id: "srvtoolu_3", content: { type: "text_editor_code_execution_view_result", content: "MRN 00482913", file_type: "text" } },
            { type: "web_search_tool_result", tool_use_id: "srvtoolu_4", content: [{ type: "web_search_result", url: "https://news.example/jane", title: "Jane Doe", encrypted_content: "EqgfCioIARgBIiQ3", page_age: null }] },
            { type: "text", text: "She is.", citations: [{ type: "web_search_result_location", url: "https://news.example/jane", title: "Jane Doe", cited_text: "Jane Doe, 42", encrypted_index: "Eo8BCioIAhgBIiQ" }] },
            { type: "thinking", thinking: "SSN 536-22-1234", signature: "EqQB" },
          ],
        },
        { role: "user", content: [{ type: "container_upload", file_id: "file_2" }, { type: "text", text: "thanks" }] },
      ],
    });
    expect(anthropicMessagesTextSlots(request).map((slot) => slot.text)).toEqual([
      "fetch it",
      "https://example.com/jane",
      "url",
      "https://example.com/jane",
      "text/plain",
      "ssn 536-22-1234",
      "email jane.doe@example.com",
      "0",
      "MRN 00482913",
      "text",
      "https://news.example/jane",
      "Jane Doe",
      "She is.",
      "https://news.example/jane",
      "Jane Doe",
      "Jane Doe, 42",
      "thanks",
    ]);
  });
});
