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
      ["Jane", "text"],
      ["note text", "text"],
    ]);
    for (const slot of slots) slot.write(`<${slot.text}>`);
    const input = request.input as Array<Record<string, unknown>>;
    expect(input[0]!.content).toBe("<plain>");
    expect(input[3]!.arguments).toBe('<{"a":"b"}>');
    expect((input[5]!.output as Array<{ text?: string; filename?: string }>).map((part) => part.text ?? part.filename)).toEqual(["<result part>", "<jane.pdf>"]);
    expect(request.prompt?.variables).toMatchObject({ name: "<Jane>", note: { text: "<note text>" } });
    expect(input[10]).toEqual({ type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "q" } });
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

  it("keeps fields it does not name", () => {
    const body = { model: "m", input: "x", tools: [{ type: "function", name: "f" }], reasoning: { effort: "low" }, store: false };
    expect(parse(body)).toEqual(body);
  });
});
