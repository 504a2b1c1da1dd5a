import Anthropic from "@anthropic-ai/sdk";
import { beforeEach, describe, expect, it } from "vitest";
import { PII, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { useBothVendors } from "../support/use-both-vendors.ts";

/**
 * Every field of an Anthropic Messages request that a vendor reads, sent through the real
 * server: what Veilgate can read reaches the vendor redacted, what it cannot read is refused
 * with a 400 in the caller's shape and nothing is forwarded. The same for count_tokens and
 * for both translations (Messages → OpenAI vendor, chat completions → Anthropic vendor).
 */
const both = useBothVendors();
beforeEach(() => {
  both.openAiVendor.reset();
  both.anthropicVendor.reset();
});

const placeholder = () => expect.stringMatching(/^\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]$/);
const forwarded = () => [...both.anthropicVendor.received, ...both.openAiVendor.received];
const expectNothingLeaked = () => {
  expect(forwarded().length).toBeGreaterThan(0);
  for (const request of forwarded()) expect(leakedIn(request.rawBody, PII_VALUES)).toEqual([]);
};
const expectNothingForwarded = () => expect(forwarded()).toHaveLength(0);

/** The SDK's view of a refusal: it must parse our error shape into BadRequestError. */
async function badRequest(promise: Promise<unknown>): Promise<InstanceType<typeof Anthropic.BadRequestError>> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(Anthropic.BadRequestError);
  expect(error).toMatchObject({ status: 400, type: "invalid_request_error", errorCode: "invalid_request" });
  expect(leakedIn((error as Error).message, PII_VALUES)).toEqual([]);
  return error as InstanceType<typeof Anthropic.BadRequestError>;
}

/** For what the SDK's types cannot express (a block type from the future, a made-up media type). */
async function postMessages(body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${both.veilgate.url}/v1/messages`, {
    method: "POST",
    headers: { "x-api-key": both.veilgate.clientKey, "content-type": "application/json", "anthropic-version": "2023-06-01" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const emailTool: Anthropic.Tool = {
  name: "email_user",
  description: `Email the account owner ${PII.email}`,
  input_schema: {
    type: "object",
    properties: {
      to: { type: "string", format: "email", enum: [PII.email], default: PII.email },
      type: { type: "string", description: `card on file ${PII.card}` },
    },
    required: ["to"],
  },
  input_examples: [{ to: PII.email, note: `call ${PII.phone}` }],
};
const recordSchema = { type: "object", description: `record for SSN ${PII.ssn}`, properties: { mrn: { type: "string", description: `e.g. MRN ${PII.mrn}` }, owner: { const: PII.email } } };

describe("POST /v1/messages: every field the vendor reads is redacted", () => {
  it("tool definitions, stop_sequences, a structured output's schema, metadata and a server tool's settings (messages.create)", async () => {
    await both.anthropic.messages.create({
      model: "claude-test",
      max_tokens: 64,
      stop_sequences: [PII.email],
      metadata: { user_id: PII.email },
      output_config: { format: { type: "json_schema", schema: recordSchema } },
      tools: [emailTool, { type: "web_search_20250305", name: "web_search", user_location: { type: "approximate", city: `c/o ${PII.email}` } }],
      messages: [{ role: "user", content: "Write to the owner." }],
    });
    expectNothingLeaked();
    expect(both.anthropicVendor.received[0]!.body).toMatchObject({
      stop_sequences: [placeholder()],
      metadata: { user_id: placeholder() },
      tools: [
        { name: "email_user", input_schema: { type: "object", required: ["to"], properties: { to: { type: "string", format: "email", enum: [placeholder()] } } } },
        { type: "web_search_20250305", name: "web_search", user_location: { type: "approximate" } },
      ],
    });
  });

  it("server-tool results resent in history (fetched pages, code output, search results), with ids, signatures and encrypted content kept exactly", async () => {
    const encrypted = "EqgfCioIARgBIiQ3YTQyMjE0Ny1kZjM0LTQ2ZjEtYWM5NC1mMWFmNjQzNzM0OWQSDNRZ";
    const signature = "EqQBCgIYAhIM1gbcDa9GJwZA";
    await both.anthropic.messages.create({
      model: "claude-test",
      max_tokens: 64,
      messages: [
        { role: "user", content: "Look me up." },
        {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "I will fetch the page.", signature },
            { type: "server_tool_use", id: "srvtoolu_1", name: "web_fetch", input: { url: "https://crm.example/record" } },
            {
              type: "web_fetch_tool_result",
              tool_use_id: "srvtoolu_1",
              content: { type: "web_fetch_result", url: "https://crm.example/record", content: { type: "document", source: { type: "text", media_type: "text/plain", data: `SSN ${PII.ssn}` } } },
            },
            { type: "server_tool_use", id: "srvtoolu_2", name: "bash_code_execution", input: { command: "cat user.txt" } },
            { type: "bash_code_execution_tool_result", tool_use_id: "srvtoolu_2", content: { type: "bash_code_execution_result", stdout: `email ${PII.email}`, stderr: "", return_code: 0, content: [] } },
            { type: "server_tool_use", id: "srvtoolu_3", name: "code_execution", input: { code: "print(card)" } },
            { type: "code_execution_tool_result", tool_use_id: "srvtoolu_3", content: { type: "code_execution_result", stdout: `card ${PII.card}`, stderr: "", return_code: 0, content: [] } },
            { type: "server_tool_use", id: "srvtoolu_4", name: "text_editor_code_execution", input: { command: "view", path: "chart.txt" } },
            { type: "text_editor_code_execution_tool_result", tool_use_id: "srvtoolu_4", content: { type: "text_editor_code_execution_view_result", content: `Patient MRN ${PII.mrn}`, file_type: "text" } },
            { type: "server_tool_use", id: "srvtoolu_5", name: "web_search", input: { query: "owner" } },
            { type: "web_search_tool_result", tool_use_id: "srvtoolu_5", content: [{ type: "web_search_result", url: "https://news.example/a", title: `Call ${PII.phone}`, encrypted_content: encrypted }] },
            { type: "text", text: "Found it." },
          ],
        },
        { role: "user", content: [{ type: "container_upload", file_id: "file_011CNha8iCJcU1wXNR6q4V8w" }, { type: "text", text: "Thanks." }] },
      ],
    });
    expectNothingLeaked();
    const [, assistant, user] = both.anthropicVendor.received[0]!.body.messages as Array<{ content: unknown[] }>;
    expect(assistant!.content[0]).toEqual({ type: "thinking", thinking: "I will fetch the page.", signature });
    expect(assistant!.content[2]).toMatchObject({ tool_use_id: "srvtoolu_1", content: { content: { source: { type: "text", media_type: "text/plain" } } } });
    expect(assistant!.content[10]).toMatchObject({ content: [{ url: "https://news.example/a", encrypted_content: encrypted }] });
    expect(user!.content[0]).toEqual({ type: "container_upload", file_id: "file_011CNha8iCJcU1wXNR6q4V8w" });
  });

  it("every leaf of a block type it does not know yet (raw fetch: the SDK cannot express one)", async () => {
    const answer = await postMessages({
      model: "claude-test",
      max_tokens: 64,
      messages: [
        { role: "user", content: "remember" },
        { role: "assistant", content: [{ type: "memory_tool_result_2027", tool_use_id: "srvtoolu_9", content: { notes: [`SSN ${PII.ssn}`], owner: { email: PII.email } } }] },
        { role: "user", content: "go on" },
      ],
    });
    expect(answer.status).toBe(200);
    expectNothingLeaked();
  });
});

describe("POST /v1/messages: what Veilgate cannot read is refused in Anthropic's shape, and nothing is forwarded", () => {
  it("a base64 PDF document (messages.create), while the same text as a text source is redacted and forwarded", async () => {
    const pdf = Buffer.from(`%PDF-1.4 SSN ${PII.ssn}`).toString("base64");
    const error = await badRequest(
      both.anthropic.messages.create({ model: "claude-test", max_tokens: 64, messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "application/pdf", data: pdf } }, { type: "text", text: "Summarize." }] }] }),
    );
    expect(error.message).toMatch(/document with base64 data .*nothing was forwarded/);
    expectNothingForwarded();
    await both.anthropic.messages.create({ model: "claude-test", max_tokens: 64, messages: [{ role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: `SSN ${PII.ssn}` } }, { type: "text", text: "Summarize." }] }] });
    expectNothingLeaked();
  });

  it.each([
    ["a base64 document of another type", { type: "document", source: { type: "base64", media_type: "text/csv", data: Buffer.from(`SSN ${PII.ssn}`).toString("base64") } }],
    ["base64 data in a block type it does not know", { type: "memory_tool_result_2027", tool_use_id: "srvtoolu_9", content: { file: { type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQ=" } } }],
  ])("%s (raw fetch)", async (_, block) => {
    const answer = await postMessages({ model: "claude-test", max_tokens: 64, messages: [{ role: "user", content: [block] }] });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringMatching(/base64 data.*nothing was forwarded/) } });
    expectNothingForwarded();
  });

  it.each(["claude-test", "gpt-test"])("an image whose media_type is not an image type, for %s (native, and translated into a data: URL)", async (model) => {
    const answer = await postMessages({
      model,
      max_tokens: 64,
      messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: PII.email, data: "iVBORw0KGgo=" } }, { type: "text", text: "What is this?" }] }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringMatching(/media_type image\/png, image\/jpeg, image\/gif or image\/webp.*nothing was forwarded/) } });
    expect(leakedIn(JSON.stringify(answer.body), PII_VALUES)).toEqual([]);
    expectNothingForwarded();
  });

  it("a base64 PNG stays allowed: images are a documented choice", async () => {
    await both.anthropic.messages.create({
      model: "claude-test",
      max_tokens: 64,
      messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }, { type: "text", text: `Mine, ${PII.email}` }] }],
    });
    expectNothingLeaked();
  });
});

describe("POST /v1/messages/count_tokens (messages.countTokens)", () => {
  it("redacts tool definitions and the system prompt before the vendor counts", async () => {
    const count = await both.anthropic.messages.countTokens({ model: "claude-test", system: `For ${PII.email}`, tools: [emailTool], messages: [{ role: "user", content: "hi" }] });
    expect(count.input_tokens).toEqual(expect.any(Number));
    expectNothingLeaked();
    expect(both.anthropicVendor.received[0]!.path).toBe("/v1/messages/count_tokens");
  });

  it("refuses a base64 PDF with a 400, forwarding nothing", async () => {
    const data = Buffer.from(`%PDF-1.4 SSN ${PII.ssn}`).toString("base64");
    const error = await badRequest(both.anthropic.messages.countTokens({ model: "claude-test", messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "application/pdf", data } }] }] }));
    expect(error.message).toMatch(/nothing was forwarded/);
    expectNothingForwarded();
  });
});

describe("translations carry over only fields the caller's protocol redacted", () => {
  it("Messages → an OpenAI-protocol vendor: tools, stop_sequences, metadata, output schema and tool_use inputs (@anthropic-ai/sdk)", async () => {
    await both.anthropic.messages.create({
      model: "gpt-test",
      max_tokens: 64,
      stop_sequences: [PII.email],
      metadata: { user_id: PII.email },
      output_config: { format: { type: "json_schema", schema: recordSchema } },
      tools: [emailTool],
      messages: [
        { role: "user", content: "Pay it." },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "email_user", input: { card: Number(PII.card.replaceAll(" ", "")), cc: { [PII.email]: true } } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "sent" }] },
      ],
    });
    expect(both.openAiVendor.received).toHaveLength(1);
    expectNothingLeaked();
    expect(both.openAiVendor.received[0]!.body).toMatchObject({ stop: [placeholder()], user: placeholder(), tools: [{ function: { name: "email_user", parameters: { required: ["to"] } } }] });
  });

  it("chat completions → an Anthropic-protocol vendor: tools, stop, user and a JSON-schema response format (openai SDK)", async () => {
    await both.openai.chat.completions.create({
      model: "claude-test",
      stop: [PII.email],
      user: PII.email,
      response_format: { type: "json_schema", json_schema: { name: "record", schema: recordSchema } },
      tools: [{ type: "function", function: { name: "email_user", description: `Email the account owner ${PII.email}`, parameters: emailTool.input_schema as Record<string, unknown> } }],
      messages: [{ role: "user", content: "Write to the owner." }],
    });
    expect(both.anthropicVendor.received).toHaveLength(1);
    expectNothingLeaked();
    expect(both.anthropicVendor.received[0]!.body).toMatchObject({ stop_sequences: [placeholder()], metadata: { user_id: placeholder() }, tools: [{ name: "email_user", input_schema: { required: ["to"] } }] });
  });
});
