import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { anthropicMessagesRequestSchema } from "../../src/protocols/anthropic-messages/request-schema.ts";
import { chatCompletionRequestSchema } from "../../src/protocols/openai-chat/request-schema.ts";
import { anthropicMessage, anthropicStream, lastUserText as lastAnthropicUserText } from "../support/fake-anthropic-vendor.ts";
import { chatCompletion, lastUserText as lastChatUserText } from "../support/fake-openai-vendor.ts";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { FAKE_ANTHROPIC_VENDOR_KEY, FAKE_VENDOR_KEY } from "../support/start-veilgate.ts";
import { useBothVendors } from "../support/use-both-vendors.ts";

const both = useBothVendors();
beforeEach(() => {
  both.openAiVendor.reset();
  both.anthropicVendor.reset((request) => {
    const text = lastAnthropicUserText(request.body);
    return request.body.stream
      ? { kind: "sse", writes: anthropicStream([{ type: "text", pieces: text.match(/[\s\S]{1,2}/g) ?? [] }]) }
      : { kind: "json", body: anthropicMessage([{ type: "text", text }]) };
  });
});

const placeholdersIn = (text: string) => text.match(/\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]/g) ?? [];
/** Cuts `text` into pieces of 1 to 4 characters, so placeholders and JSON escapes are split everywhere. */
const shred = (text: string): string[] => text.match(/[\s\S]{1,4}/g)?.flatMap((piece, index) => (index % 3 === 0 ? [...piece] : [piece])) ?? [];
const expectNothingLeaked = (vendor: { received: Array<{ rawBody: string }> }) => {
  expect(vendor.received.length).toBeGreaterThan(0);
  for (const request of vendor.received) expect(leakedIn(request.rawBody, PII_VALUES)).toEqual([]);
};
type Body = Record<string, unknown>;

/** What a Messages vendor accepts: its schema, its fields only, a max_tokens, and turns that alternate starting with the user. */
function expectValidMessagesRequest(body: Body): void {
  const fields = new Set(["model", "max_tokens", "messages", "system", "metadata", "stop_sequences", "stream", "temperature", "top_p", "tools", "tool_choice", "output_config"]);
  expect(anthropicMessagesRequestSchema.safeParse(body).success).toBe(true);
  expect(Object.keys(body).filter((field) => !fields.has(field))).toEqual([]);
  expect(body.max_tokens).toEqual(expect.any(Number));
  const roles = (body.messages as Array<{ role: string }>).map((message) => message.role);
  expect(roles).toEqual(roles.map((_, index) => (index % 2 === 0 ? "user" : "assistant")));
}

/** What a chat vendor accepts: its schema, its fields only, chat roles, and each tool message answering an earlier tool call. */
function expectValidChatRequest(body: Body): void {
  const fields = new Set(["model", "messages", "max_tokens", "temperature", "top_p", "stop", "stream", "stream_options", "tools", "tool_choice", "parallel_tool_calls", "user", "response_format"]);
  expect(chatCompletionRequestSchema.safeParse(body).success).toBe(true);
  expect(Object.keys(body).filter((field) => !fields.has(field))).toEqual([]);
  const callIds = new Set<string>();
  for (const message of body.messages as Array<{ role: string; tool_call_id?: string; tool_calls?: Array<{ id: string }> }>) {
    expect(["system", "user", "assistant", "tool"]).toContain(message.role);
    for (const call of message.tool_calls ?? []) callIds.add(call.id);
    if (message.role === "tool") expect(callIds.has(message.tool_call_id!)).toBe(true);
  }
}

/** OpenAI `chat.completion.chunk` frames: text pieces, then optionally one tool call's argument pieces, a finish chunk, a usage chunk and `[DONE]`. */
function chatStream(text: string[], call?: { id: string; name: string; pieces: string[] }): string[] {
  const base = { id: "chatcmpl-translated", object: "chat.completion.chunk", created: 1_764_000_000, model: "fake-model" };
  const frame = (delta: object, finishReason: string | null = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
  const writes = [frame({ role: "assistant", content: "", refusal: null }), ...text.map((piece) => frame({ content: piece }))];
  if (call) {
    writes.push(frame({ tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.name, arguments: "" } }] }));
    writes.push(...call.pieces.map((piece) => frame({ tool_calls: [{ index: 0, function: { arguments: piece } }] })));
  }
  writes.push(frame({}, call ? "tool_calls" : "stop"));
  writes.push(`data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: 21, completion_tokens: 9, total_tokens: 30 } })}\n\n`, "data: [DONE]\n\n");
  return writes;
}

const lookupTool = { type: "function" as const, function: { name: "lookup", description: "Find a customer.", parameters: { type: "object", properties: { ssn: { type: "string" }, email: { type: "string" } } } } };

describe("the openai SDK → chat completions → an Anthropic-protocol vendor (claude-test)", () => {
  it("create(): the vendor gets a Messages request without values; the client gets a chat.completion with them", async () => {
    const completion = await both.openai.chat.completions.create({
      model: "claude-test",
      messages: [{ role: "system", content: `You help ${PII.email}.` }, { role: "user", content: PII_PROMPT }],
      max_tokens: 300,
      temperature: 0.5,
      stop: ["END"],
      user: PII.email,
    });
    expectNothingLeaked(both.anthropicVendor);
    const received = both.anthropicVendor.received[0]!;
    expect(received.path).toBe("/v1/messages");
    expect(received.headers["x-api-key"]).toBe(FAKE_ANTHROPIC_VENDOR_KEY);
    expect(received.headers["anthropic-version"]).toBe("2023-06-01");
    expectValidMessagesRequest(received.body);
    expect(received.body).toMatchObject({ model: "claude-test", max_tokens: 300, temperature: 0.5, stop_sequences: ["END"], metadata: { user_id: expect.stringMatching(/^\[EMAIL_[0-9A-Z]{6}\]$/) } });
    expect(received.body.system).toMatch(/^You help \[EMAIL_[0-9A-Z]{6}\]\.$/);
    expect(completion).toMatchObject({ object: "chat.completion", id: "msg_01FakeVendorAnswer", model: "claude-test", usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 } });
    expect(completion.choices).toEqual([{ index: 0, message: { role: "assistant", content: PII_PROMPT, refusal: null }, logprobs: null, finish_reason: "stop" }]);
  });

  it("stream: true: chunks carry the values back byte for byte, then the finish reason, the usage asked for, and [DONE]", async () => {
    const stream = await both.openai.chat.completions.create({ model: "claude-test", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: PII_PROMPT }] });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expectNothingLeaked(both.anthropicVendor);
    expectValidMessagesRequest(both.anthropicVendor.received[0]!.body);
    expect(both.anthropicVendor.received[0]!.body.stream).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe("assistant");
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("")).toBe(PII_PROMPT);
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 } });
  });

  it("tools: a tool call comes back with values in its arguments, and the round trip sends tool_use and tool_result without them", async () => {
    both.anthropicVendor.respondWith((request) => {
      const [ssn, email] = placeholdersIn(lastAnthropicUserText(request.body));
      return { kind: "json", body: anthropicMessage([{ type: "text", text: "Checking." }, { type: "tool_use", id: "toolu_01Lookup", name: "lookup", input: { ssn, email } }]) };
    });
    const question = { role: "user" as const, content: `Look up SSN ${PII.ssn}, email ${PII.email}` };
    const first = await both.openai.chat.completions.create({ model: "claude-test", tools: [lookupTool], tool_choice: "auto", messages: [question] });
    const firstBody = both.anthropicVendor.received[0]!.body;
    expect(firstBody.tools).toEqual([{ name: "lookup", description: "Find a customer.", input_schema: lookupTool.function.parameters }]);
    expect(firstBody.tool_choice).toEqual({ type: "auto" });
    const choice = first.choices[0]!;
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBe("Checking.");
    const call = choice.message.tool_calls![0]! as OpenAI.ChatCompletionMessageFunctionToolCall;
    expect(call).toMatchObject({ id: "toolu_01Lookup", type: "function", function: { name: "lookup" } });
    expect(JSON.parse(call.function.arguments)).toEqual({ ssn: PII.ssn, email: PII.email });

    both.anthropicVendor.respondWith((request) => ({ kind: "json", body: anthropicMessage([{ type: "text", text: `Done: ${placeholdersIn(request.rawBody).join(" ")}` }]) }));
    const second = await both.openai.chat.completions.create({
      model: "claude-test",
      tools: [lookupTool],
      messages: [question, choice.message, { role: "tool", tool_call_id: call.id, content: JSON.stringify({ card: PII.card, phone: PII.phone }) }],
    });
    expectNothingLeaked(both.anthropicVendor);
    const secondBody = both.anthropicVendor.received[1]!.body;
    expectValidMessagesRequest(secondBody);
    const [asked, answered, results] = secondBody.messages as Array<{ role: string; content: Array<Record<string, unknown>> }>;
    const ssnPlaceholder = placeholdersIn(JSON.stringify(asked))[0];
    expect(answered!.content).toEqual([{ type: "text", text: "Checking." }, { type: "tool_use", id: "toolu_01Lookup", name: "lookup", input: { ssn: ssnPlaceholder, email: expect.stringMatching(/^\[EMAIL_/) } }]);
    expect(results).toMatchObject({ role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_01Lookup" }] });
    expect(JSON.parse(results!.content[0]!.content as string)).toEqual({ card: expect.stringMatching(/^\[CREDIT_CARD_/), phone: expect.stringMatching(/^\[PHONE_/) });
    for (const value of [PII.ssn, PII.email, PII.card, PII.phone]) expect(second.choices[0]!.message.content).toContain(value);
  });

  it("chat.completions.stream(): a streamed tool_use with split placeholders becomes a tool call the SDK assembles with the values", async () => {
    both.anthropicVendor.respondWith((request) => {
      const [ssn, email] = placeholdersIn(lastAnthropicUserText(request.body));
      const input = JSON.stringify({ ssn, email, note: `mail ${email}\n"soon"` });
      return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: shred(`Looking up ${ssn}.`) }, { type: "tool_use", id: "toolu_01Stream", name: "lookup", pieces: shred(input) }]) };
    });
    const final = await both.openai.chat.completions.stream({ model: "claude-test", tools: [lookupTool], messages: [{ role: "user", content: `SSN ${PII.ssn}, email ${PII.email}` }] }).finalChatCompletion();
    expectNothingLeaked(both.anthropicVendor);
    const message = final.choices[0]!.message;
    expect(message.content).toBe(`Looking up ${PII.ssn}.`);
    const call = message.tool_calls![0]! as OpenAI.ChatCompletionMessageFunctionToolCall;
    expect(call).toMatchObject({ id: "toolu_01Stream", type: "function", function: { name: "lookup" } });
    expect(JSON.parse(call.function.arguments)).toEqual({ ssn: PII.ssn, email: PII.email, note: `mail ${PII.email}\n"soon"` });
    expect(final.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("refuses n: 2 with a 400 unsupported_translation in OpenAI's shape, and forwards nothing", async () => {
    const error = await both.openai.chat.completions.create({ model: "claude-test", n: 2, messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, code: "unsupported_translation", type: "invalid_request_error" });
    expect((error as Error).message).toMatch(/Anthropic-protocol vendor: 'n': several choices/);
    expect(both.anthropicVendor.received).toHaveLength(0);
  });
});

describe("the @anthropic-ai/sdk → Messages → an OpenAI-protocol vendor (gpt-test)", () => {
  it("messages.create(): the vendor gets a chat request without values; the client gets a message with them", async () => {
    const message = await both.anthropic.messages.create({ model: "gpt-test", max_tokens: 256, system: `You help ${PII.email}.`, metadata: { user_id: PII.email }, stop_sequences: ["END"], messages: [{ role: "user", content: PII_PROMPT }] });
    expectNothingLeaked(both.openAiVendor);
    const received = both.openAiVendor.received[0]!;
    expect(received.path).toBe("/v1/chat/completions");
    expect(received.headers.authorization).toBe(`Bearer ${FAKE_VENDOR_KEY}`);
    expect(received.headers["x-api-key"]).toBeUndefined();
    expect(received.headers["anthropic-version"]).toBeUndefined();
    expectValidChatRequest(received.body);
    expect(received.body).toMatchObject({ model: "gpt-test", max_tokens: 256, stop: ["END"], user: expect.stringMatching(/^\[EMAIL_[0-9A-Z]{6}\]$/) });
    expect((received.body.messages as Body[])[0]).toEqual({ role: "system", content: expect.stringMatching(/^You help \[EMAIL_[0-9A-Z]{6}\]\.$/) });
    expect(message).toMatchObject({ type: "message", role: "assistant", id: "chatcmpl-fake123", stop_reason: "end_turn", usage: { input_tokens: 11, output_tokens: 7 } });
    expect(message.content).toEqual([{ type: "text", text: PII_PROMPT }]);
  });

  it("messages.stream(): text and a tool_use with split placeholders come back with the values, and the tool round trip leaks nothing", async () => {
    both.openAiVendor.respondWith((request) => {
      const [ssn, email] = placeholdersIn(lastChatUserText(request.body));
      const input = JSON.stringify({ ssn, email, note: `mail ${email}\n"soon"` });
      return { kind: "sse", writes: chatStream(shred(`Looking up ${ssn}.`), { id: "call_Stream1", name: "lookup", pieces: shred(input) }) };
    });
    const tools = [{ name: "lookup", description: "Find a customer.", input_schema: { type: "object" as const, properties: { ssn: { type: "string" } } } }];
    const question = { role: "user" as const, content: `SSN ${PII.ssn}, email ${PII.email}` };
    let streamed = "";
    const final = await both.anthropic.messages.stream({ model: "gpt-test", max_tokens: 256, tools, messages: [question] }).on("text", (delta) => (streamed += delta)).finalMessage();
    const firstBody = both.openAiVendor.received[0]!.body;
    expectValidChatRequest(firstBody);
    expect(firstBody).toMatchObject({ stream: true, stream_options: { include_usage: true }, tools: [{ type: "function", function: { name: "lookup", parameters: tools[0]!.input_schema } }] });
    expect(streamed).toBe(`Looking up ${PII.ssn}.`);
    expect(final.content).toEqual([
      { type: "text", text: `Looking up ${PII.ssn}.` },
      { type: "tool_use", id: "call_Stream1", name: "lookup", input: { ssn: PII.ssn, email: PII.email, note: `mail ${PII.email}\n"soon"` } },
    ]);
    expect(final).toMatchObject({ id: "chatcmpl-translated", stop_reason: "tool_use", usage: { input_tokens: 21, output_tokens: 9 } });

    both.openAiVendor.respondWith((request) => ({ kind: "json", body: chatCompletion(`Done: ${placeholdersIn(request.rawBody).join(" ")}`) }));
    const answer = await both.anthropic.messages.create({
      model: "gpt-test",
      max_tokens: 256,
      tools,
      messages: [question, { role: "assistant", content: final.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: "call_Stream1", content: `Card ${PII.card}, phone ${PII.phone}` }] }],
    });
    expectNothingLeaked(both.openAiVendor);
    const secondBody = both.openAiVendor.received[1]!.body;
    expectValidChatRequest(secondBody);
    const [, assistant, result] = secondBody.messages as Array<{ role: string; tool_calls?: Array<{ id: string; function: { arguments: string } }>; content: unknown }>;
    expect(assistant!.tool_calls![0]!.id).toBe("call_Stream1");
    expect(JSON.parse(assistant!.tool_calls![0]!.function.arguments)).toEqual({ ssn: expect.stringMatching(/^\[US_SSN_/), email: expect.stringMatching(/^\[EMAIL_/), note: expect.stringMatching(/^mail \[EMAIL_/) });
    expect(result).toMatchObject({ role: "tool", tool_call_id: "call_Stream1" });
    const text = (answer.content[0] as { text: string }).text;
    for (const value of [PII.ssn, PII.email, PII.card, PII.phone]) expect(text).toContain(value);
  });

  it.each([
    ["extended thinking", { thinking: { type: "enabled" as const, budget_tokens: 1024 } }, /'thinking': extended thinking/],
    ["a document block", { messages: [{ role: "user" as const, content: [{ type: "document" as const, source: { type: "text" as const, media_type: "text/plain" as const, data: `MRN ${PII.mrn}` } }] }] }, /'document' blocks/],
  ])("refuses %s with a 400 unsupported_translation in Anthropic's shape, and forwards nothing", async (_, fields, message) => {
    const error = await both.anthropic.messages.create({ model: "gpt-test", max_tokens: 2048, messages: [{ role: "user", content: `SSN ${PII.ssn}` }], ...fields }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", errorCode: "unsupported_translation" });
    expect((error as Error).message).toMatch(message);
    expect(leakedIn((error as Error).message, PII_VALUES)).toEqual([]);
    expect(both.openAiVendor.received).toHaveLength(0);
  });
});
