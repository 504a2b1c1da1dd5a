import { describe, expect, it } from "vitest";
import { openAiResponsesProtocol } from "./index.ts";
import type { ResponsesRequest } from "./request-schema.ts";
import { responsesTextSlots } from "./text-slots.ts";

function parse(body: unknown): ResponsesRequest {
  const parsed = openAiResponsesProtocol.parseRequest(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

const slotTexts = (request: ResponsesRequest) => responsesTextSlots(request).map((slot) => [slot.text, slot.encoding]);

describe("responsesTextSlots", () => {
  it("reads a string input, instructions, user and safety_identifier", () => {
    const request = parse({ model: "m", input: "hello", instructions: "be brief", user: "a@b.example", safety_identifier: "id-1", temperature: 0.2 });
    expect(slotTexts(request)).toEqual([
      ["be brief", "text"],
      ["a@b.example", "text"],
      ["id-1", "text"],
      ["hello", "text"],
    ]);
  });

  it("reads every text a caller may send in input items, and rewrites them in place", () => {
    const request = parse({
      model: "m",
      input: [
        { role: "user", content: "plain" },
        { type: "message", role: "user", content: [{ type: "input_text", text: "part" }, { type: "input_image", image_url: "https://img.example/a?x=1" }, { type: "input_image", image_url: "data:image/png;base64,AAAA" }] },
        { type: "message", role: "assistant", id: "msg_1", content: [{ type: "output_text", text: "said", annotations: [] }, { type: "refusal", refusal: "no" }] },
        { type: "function_call", call_id: "call_1", name: "f", arguments: '{"a":"b"}' },
        { type: "function_call_output", call_id: "call_1", output: "result" },
        { type: "function_call_output", call_id: "call_2", output: [{ type: "input_text", text: "result part" }, { type: "input_file", filename: "jane.pdf", file_id: "file_1" }] },
        { type: "custom_tool_call", call_id: "call_3", name: "g", input: "raw input" },
        { type: "custom_tool_call_output", call_id: "call_3", output: "raw output" },
        { type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: "thought" }], encrypted_content: "opaque" },
        { type: "item_reference", id: "msg_0" },
        { type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "q" } },
      ],
      prompt: { id: "pmpt_1", variables: { name: "Jane", note: { type: "input_text", text: "note text" }, picture: { type: "input_image", file_id: "file_2" } } },
    });
    const slots = responsesTextSlots(request);
    expect(slots.map((slot) => [slot.text, slot.encoding])).toEqual([
      ["plain", "text"],
      ["part", "text"],
      ["https://img.example/a?x=1", "text"],
      ["said", "text"],
      ["no", "text"],
      ['{"a":"b"}', "json"],
      ["result", "text"],
      ["result part", "text"],
      ["jane.pdf", "text"],
      ["raw input", "text"],
      ["raw output", "text"],
      ["thought", "text"],
      ["search", "text"],
      ["type", "text"],
      ["q", "text"],
      ["query", "text"],
      ["Jane", "text"],
      ["note text", "text"],
      ["annotations", "text"],
      ...["call_1", "call_1", "call_2", "call_3", "call_3"].flatMap((callId) => [[callId, "text"], ["call_id", "text"]]),
      ["pmpt_1", "text"],
      ["id", "text"],
    ]);
    for (const slot of slots) slot.write(`<${slot.text}>`);
    const input = request.input as Array<Record<string, unknown>>;
    expect(input[0]!.content).toBe("<plain>");
    expect(input[3]!.arguments).toBe('<{"a":"b"}>');
    expect((input[5]!.output as Array<{ text?: string; filename?: string }>).map((part) => part.text ?? part.filename)).toEqual(["<result part>", "<jane.pdf>"]);
    expect(request.prompt?.variables).toMatchObject({ name: "<Jane>", note: { text: "<note text>" } });
    expect(input[10]).toEqual({ type: "web_search_call", id: "ws_1", status: "completed", action: { "<type>": "<search>", "<query>": "<q>" } });
  });

  it("skips empty strings, so nothing is detected in them", () => {
    expect(slotTexts(parse({ model: "m", input: [{ role: "user", content: "" }], instructions: null }))).toEqual([]);
  });

  it.each([
    ["a message whose content is an object", { role: "user", content: { type: "input_text", text: "x" } }, /content/],
    ["a tool output that is an object", { type: "function_call_output", call_id: "c", output: { text: "x" } }, /output/],
    ["function-call arguments that are not a string", { type: "function_call", call_id: "c", name: "f", arguments: { a: 1 } }, /arguments/],
    ["a text part whose text is not a string", { role: "user", content: [{ type: "input_text", text: 5 }] }, /text/],
  ])("refuses %s rather than forward text it cannot read", (_, item, field) => {
    const parsed = openAiResponsesProtocol.parseRequest({ model: "m", input: [item] });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.message).toMatch(field);
  });

  it("reads prompt_cache_key, metadata values, tool definitions and the text format's schema, but not their structure", () => {
    const request = parse({
      model: "m",
      input: "x",
      prompt_cache_key: "cache-jane",
      metadata: { who: "jane@example.com" },
      tools: [
        { type: "function", name: "lookup", strict: true, description: "Look up", parameters: { type: "object", properties: { name: { type: "string", enum: ["Jane"] } }, required: ["name"] } },
        { type: "web_search", user_location: { type: "approximate", city: "Springfield" } },
      ],
      text: { format: { type: "json_schema", name: "record", schema: { type: "object", description: "for Jane" } } },
    });
    expect(slotTexts(request).map(([text]) => text)).toEqual(["cache-jane", "jane@example.com", "x", "Look up", "Jane", "Springfield", "for Jane"]);
  });

  it("reads items of types it does not list whole, except the vendor's ids and their structure, and their JSON arguments as JSON", () => {
    const request = parse({
      model: "m",
      input: [
        { type: "shell_call_output", call_id: "s1", output: [{ stdout: "ssn 1", stderr: "err", outcome: { type: "exit", exit_code: 0 } }] },
        { type: "future_call_output", id: "fc_1", call_id: "c9", status: "completed", result: { rows: [{ name: "Jane Doe", status: "vip" }] }, encrypted_content: "opaque", nested: { signature: "sig" } },
        { type: "apply_patch_call", call_id: "p1", status: "completed", operation: { type: "update_file", path: "a.txt", diff: "+x" } },
        { type: "mcp_call", id: "mcp_1", server_label: "crm", name: "lookup", arguments: '{"email":"a@b.example"}', output: "out", error: "err2" },
        { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "opaque" },
        { type: "message", role: "user", content: [{ type: "input_future", payload: { note: "future" } }] },
      ],
    });
    const slots = responsesTextSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["ssn 1", "stdout", "err", "stderr", "exit", "type", "0", "exit_code", "outcome", "s1", "c9", "Jane Doe", "name", "vip", "status", "rows", "p1", "update_file", "type", "a.txt", "path", "+x", "diff", '{"email":"a@b.example"}', "out", "err2", "future", "note"]);
    expect(slots.find((slot) => slot.text.startsWith("{"))?.encoding).toBe("json");
    for (const slot of slots) if (slot.text === "ssn 1") slot.write("[X]");
    const input = request.input as Array<Record<string, unknown>>;
    expect(input[0]).toEqual({ type: "shell_call_output", call_id: "s1", output: [{ stdout: "[X]", stderr: "err", outcome: { type: "exit", exit_code: 0 } }] });
    expect(input[3]).toMatchObject({ id: "mcp_1", server_label: "crm", name: "lookup", arguments: '{"email":"a@b.example"}' });
  });

  it.each([
    ["an input_file's bytes", { role: "user", content: [{ type: "input_file", filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERi0=" }] }, /file_data[\s\S]*input\[0\]\.content\[0\]\.file_data/],
    ["audio input", { role: "user", content: [{ type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } }] }, /audio cannot be checked for PII/],
    ["other data behind an input_image", { role: "user", content: [{ type: "input_image", image_url: "data:text/plain,Jane" }] }, /text\/plain data in a data: URL/],
    ["a file in a tool output", { type: "function_call_output", call_id: "c", output: [{ type: "input_file", file_data: "JVBERi0=" }] }, /input\[0\]\.output\[0\]\.file_data/],
    ["a non-image data: URL in an item read whole", { type: "computer_call_output", call_id: "c", output: { type: "computer_screenshot", image_url: "data:application/pdf;base64,JVBERi0=" } }, /application\/pdf data in a data: URL[\s\S]*output\.image_url/],
    ["base64 in an item read whole", { type: "image_generation_call", id: "ig_1", status: "completed", result: "iVBORw0KGgo".repeat(30) }, /base64 data cannot be checked for PII/],
    ["a local shell output that is an object", { type: "local_shell_call_output", id: "l", output: { text: "x" } }, /output/],
  ])("refuses %s, and says nothing was forwarded", (_, item, message) => {
    const parsed = openAiResponsesProtocol.parseRequest({ model: "m", input: [item] });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.message).toMatch(message);
    expect(parsed.ok === false && parsed.message).toMatch(/Veilgate forwarded nothing|must be/);
  });

  it("passes a screenshot sent as an image data: URL, as it passes image parts (Veilgate cannot read pixels; documented)", () => {
    const parsed = openAiResponsesProtocol.parseRequest({ model: "m", input: [{ type: "computer_call_output", call_id: "c", output: { type: "computer_screenshot", image_url: "data:image/png;base64,iVBORw0KGgo=" } }] });
    expect(parsed.ok).toBe(true);
  });

  it("refuses a prompt variable carrying a file's bytes", () => {
    const parsed = openAiResponsesProtocol.parseRequest({ model: "m", prompt: { id: "p", variables: { doc: { type: "input_file", file_data: "JVBERi0=" } } } });
    expect(parsed.ok === false && parsed.message).toMatch(/prompt\.variables\.doc\.file_data/);
  });

  it("forwards image data: URLs, file ids and vendor-encrypted content, which it does not read", () => {
    const blob = "QUJD".repeat(100);
    expect(() =>
      parse({
        model: "m",
        input: [
          { role: "user", content: [{ type: "input_image", image_url: "data:image/png;base64,iVBORw0KGgo=" }, { type: "input_file", file_id: "file_1" }] },
          { type: "reasoning", id: "rs_1", summary: [], encrypted_content: blob },
          { type: "compaction", id: "cmp_1", encrypted_content: blob },
        ],
      }),
    ).not.toThrow();
  });

  it("keeps fields it does not name", () => {
    const body = { model: "m", input: "x", tools: [{ type: "function", name: "f" }], reasoning: { effort: "low" }, store: false };
    expect(parse(body)).toEqual(body);
  });

  it("reads every field it does not name, at the top level, on an item and a part, but not settings, ids the vendor minted or tool names", () => {
    const request = parse({
      model: "m",
      temperature: 0.2,
      max_output_tokens: 4158675309,
      previous_response_id: "resp_1",
      x_note: "top",
      tool_choice: { type: "function", name: "lookup" },
      input: [
        { type: "message", role: "user", id: "msg_1", x_item: "item", content: [{ type: "input_text", text: "hi", x_part: "part" }] },
        { type: "function_call", call_id: "call_1", name: "lookup", arguments: "{}" },
        { type: "function_call_output", call_id: "call_1", output: "done" },
      ],
    });
    const texts = slotTexts(request).map(([text]) => text);
    expect(texts).toEqual(["hi", "{}", "done", "item", "x_item", "part", "x_part", "call_1", "call_id", "call_1", "call_id", "resp_1", "previous_response_id", "top", "x_note"]);
    expect(texts).not.toContain("lookup");
    expect(texts).not.toContain("msg_1");
    expect(texts).not.toContain("4158675309");
  });
});
