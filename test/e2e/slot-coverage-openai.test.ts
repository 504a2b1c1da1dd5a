import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatCompletion, type ReceivedRequest } from "../support/fake-openai-vendor.ts";
import { responsesJson } from "../support/fake-openai-responses.ts";
import { PII, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

/**
 * Every request field of the OpenAI-side endpoints that a vendor reads, sent through the real
 * server: what Veilgate can read reaches the vendor redacted, what it cannot is refused with
 * OpenAI's 400 and nothing is forwarded.
 */
const fixture = useVeilgate();

function answerFor(request: ReceivedRequest) {
  if (request.path.endsWith("/responses")) return { kind: "json" as const, body: responsesJson({ text: ["ok"] }) };
  if (request.path.endsWith("/embeddings")) {
    return { kind: "json" as const, body: { object: "list", data: [{ object: "embedding", index: 0, embedding: [0.5] }], model: "m", usage: { prompt_tokens: 1, total_tokens: 1 } } };
  }
  if (request.path.endsWith("/completions") && !request.path.endsWith("/chat/completions")) {
    return { kind: "json" as const, body: { id: "cmpl-1", object: "text_completion", created: 1, model: "m", choices: [{ text: "ok", index: 0, logprobs: null, finish_reason: "stop" }] } };
  }
  return { kind: "json" as const, body: chatCompletion("ok") };
}

beforeEach(() => fixture.vendor.reset(answerFor));

const vendorSaw = () => fixture.vendor.received.map((request) => request.rawBody).join("\n");
const forwardedBody = () => fixture.vendor.received[0]!.body;

/** Asserts the request was forwarded once, with no value of PII_VALUES readable in it. */
function expectForwardedRedacted(): void {
  expect(fixture.vendor.received).toHaveLength(1);
  expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
}

/** Asserts the SDK call failed with OpenAI's 400 naming `what`, and the vendor got nothing. */
async function expectRefused(call: Promise<unknown>, what: RegExp): Promise<void> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  expect((error as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({
    type: "invalid_request_error",
    code: "invalid_request",
    message: expect.stringMatching(what),
  });
  expect((error as Error).message).toMatch(/Veilgate forwarded nothing|Veilgate does not forward/);
  expect(fixture.vendor.received).toHaveLength(0);
}

/** Posts a body the SDK's types cannot express, as the SDK would. */
async function postRaw(path: string, body: unknown): Promise<{ status: number; body: { error?: Record<string, unknown> } }> {
  const response = await fetch(`${fixture.veilgate.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${fixture.veilgate.clientKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } };
}

const hello = [{ role: "user" as const, content: "hello" }];

describe("POST /v1/chat/completions: request fields beyond the messages", () => {
  it("redacts prediction content, as a string and as text parts", async () => {
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: hello, prediction: { type: "content", content: `Dear Jane, your SSN ${PII.ssn} is on file.` } });
    expectForwardedRedacted();
    fixture.vendor.reset(answerFor);
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: hello, prediction: { type: "content", content: [{ type: "text", text: `card ${PII.card}` }] } });
    expectForwardedRedacted();
    expect(forwardedBody().prediction).toMatchObject({ type: "content", content: [{ type: "text", text: expect.stringMatching(/^card \[CREDIT_CARD_[0-9A-Z]{6}\]$/) }] });
  });

  it("redacts safety_identifier, prompt_cache_key, metadata values, user and stop", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: hello,
      store: true,
      safety_identifier: PII.email,
      prompt_cache_key: `cache-${PII.email}`,
      user: PII.email,
      metadata: { customer: `ssn ${PII.ssn}`, plan: "gold" },
      stop: [`SSN ${PII.ssn}`, "END"],
    });
    expectForwardedRedacted();
    expect(forwardedBody().metadata).toEqual({ customer: expect.stringMatching(/^ssn \[US_SSN_/), plan: "gold" });
    expect((forwardedBody().stop as string[])[1]).toBe("END");
    fixture.vendor.reset(answerFor);
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: hello, stop: `mail ${PII.email}` });
    expectForwardedRedacted();
  });

  it("redacts web_search_options.user_location", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: hello,
      web_search_options: { search_context_size: "low", user_location: { type: "approximate", approximate: { city: `Apt 4B, ${PII.email}`, country: "US" } } },
    });
    expectForwardedRedacted();
    expect(forwardedBody().web_search_options).toMatchObject({ search_context_size: "low", user_location: { type: "approximate", approximate: { country: "US" } } });
  });

  it("redacts tool descriptions and every value in their parameters, and keeps the schema's structure", async () => {
    const parameters = {
      type: "object",
      properties: {
        to: { type: "string", format: "email", description: `Defaults to ${PII.email}`, enum: [PII.email, "support"], default: PII.email },
        name: { type: "string", description: `e.g. card ${PII.card}` },
        account: { $ref: "#/$defs/account" },
      },
      $defs: { account: { type: "string", examples: [`IBAN ${PII.iban}`], pattern: "^[A-Z]{2}" } },
      required: ["to", "name"],
      additionalProperties: false,
    };
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: hello,
      tools: [{ type: "function", function: { name: "email_user", description: `Email the account owner ${PII.email}`, strict: true, parameters } }],
      functions: [{ name: "legacy_lookup", description: `Look up SSN ${PII.ssn}`, parameters: { type: "object", properties: { q: { type: "string", const: PII.ssn } } } }],
    });
    expectForwardedRedacted();
    const [tool] = forwardedBody().tools as Array<{ type: string; function: { name: string; strict: boolean; parameters: typeof parameters } }>;
    expect(tool).toMatchObject({ type: "function", function: { name: "email_user", strict: true } });
    const sent = tool!.function.parameters;
    expect(Object.keys(sent.properties)).toEqual(["to", "name", "account"]);
    expect(sent.properties.to).toMatchObject({ type: "string", format: "email" });
    expect(sent.properties.to.enum[1]).toBe("support");
    expect(sent.properties.account).toEqual({ $ref: "#/$defs/account" });
    expect(sent.$defs.account).toMatchObject({ type: "string", pattern: "^[A-Z]{2}" });
    expect(sent).toMatchObject({ type: "object", required: ["to", "name"], additionalProperties: false });
    expect((forwardedBody().functions as Array<{ name: string }>)[0]!.name).toBe("legacy_lookup");
  });

  it("redacts a json_schema response format's description and values, keeping its name", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: hello,
      response_format: { type: "json_schema", json_schema: { name: "record", description: `For ${PII.email}`, strict: true, schema: { type: "object", description: `record for SSN ${PII.ssn}`, properties: { id: { type: "string", default: `MRN ${PII.mrn}` } } } } },
    });
    expectForwardedRedacted();
    expect(forwardedBody().response_format).toMatchObject({ type: "json_schema", json_schema: { name: "record", strict: true, schema: { type: "object", properties: { id: { type: "string" } } } } });
  });

  it("redacts numbers and keys in tool-call arguments, and a custom tool call's input", async () => {
    const card = Number(PII.card.replace(/ /g, ""));
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [
        { role: "user", content: "pay and notify" },
        {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: "c1", type: "function", function: { name: "pay", arguments: `{"card": ${card}, "recipients": {"${PII.email}": "cc"}}` } },
            { id: "c2", type: "custom", custom: { name: "note", input: `SSN ${PII.ssn}` } },
          ],
        },
        { role: "tool", tool_call_id: "c1", content: "ok" },
        { role: "tool", tool_call_id: "c2", content: "ok" },
      ],
    });
    expectForwardedRedacted();
    const calls = (forwardedBody().messages as Array<{ tool_calls?: Array<{ function?: { name: string; arguments: string }; custom?: { name: string; input: string } }> }>)[1]!.tool_calls!;
    expect(calls[0]!.function!.name).toBe("pay");
    const args = JSON.parse(calls[0]!.function!.arguments) as { card: unknown; recipients: Record<string, string> };
    expect(args.card).toMatch(/^\[CREDIT_CARD_[0-9A-Z]{6}\]$/);
    expect(Object.entries(args.recipients)).toEqual([[expect.stringMatching(/^\[EMAIL_[0-9A-Z]{6}\]$/), "cc"]]);
    expect(calls[1]!.custom).toEqual({ name: "note", input: expect.stringMatching(/^SSN \[US_SSN_/) });
  });

  it("refuses a file part carrying file_data, and forwards a file_id reference", async () => {
    const data = Buffer.from(`Patient SSN ${PII.ssn}`).toString("base64");
    await expectRefused(
      fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: [{ type: "text", text: "summarize" }, { type: "file", file: { filename: "a.pdf", file_data: `data:application/pdf;base64,${data}` } }] }] }),
      /file_data[\s\S]*messages\[0\]\.content\[1\]\.file\.file_data/,
    );
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: [{ type: "text", text: "summarize" }, { type: "file", file: { file_id: "file-abc123" } }] }] });
    expect(fixture.vendor.received).toHaveLength(1);
  });

  it("refuses audio input", async () => {
    await expectRefused(
      fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } }] }] }),
      /audio/,
    );
  });

  it("forwards an image data: URL untouched, and refuses other data behind an image_url", async () => {
    const image = "data:image/png;base64,iVBORw0KGgo=";
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: image } }] }] });
    expect(JSON.stringify(forwardedBody().messages)).toContain(image);
    fixture.vendor.reset(answerFor);
    await expectRefused(
      fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: `data:text/plain;base64,${Buffer.from(PII.ssn).toString("base64")}` } }] }] }),
      /text\/plain data in a data: URL/,
    );
  });
});

describe("POST /v1/embeddings and /v1/completions", () => {
  it("refuses token-id embeddings input, which it cannot check, and forwards nothing", async () => {
    await expectRefused(fixture.client.embeddings.create({ model: "gpt-test", input: [[5159, 74094, 374, 220, 21600]] }), /token ids cannot be checked for PII/);
    await expectRefused(fixture.client.embeddings.create({ model: "gpt-test", input: [5159, 74094] }), /token ids cannot be checked for PII/);
  });

  it("redacts a completion's stop sequences", async () => {
    await fixture.client.completions.create({ model: "gpt-test", prompt: "hi", stop: [`${PII.email}`, "\n"] });
    expectForwardedRedacted();
    expect((forwardedBody().stop as string[])[1]).toBe("\n");
  });
});

describe("POST /v1/responses: items and fields beyond messages", () => {
  it("redacts shell and apply_patch calls and outputs, keeping their ids", async () => {
    await fixture.client.responses.create({
      model: "gpt-test",
      input: [
        { type: "shell_call", call_id: "s1", action: { commands: [`grep ${PII.ssn} users.txt`] }, status: "completed" },
        { type: "shell_call_output", call_id: "s1", output: [{ stdout: `name: Jane, ssn: ${PII.ssn}`, stderr: `warning: ${PII.email} locked`, outcome: { type: "exit", exit_code: 0 } }] },
        { type: "apply_patch_call", call_id: "p1", status: "completed", operation: { type: "update_file", path: "a.txt", diff: `+card ${PII.card}` } },
        { type: "apply_patch_call_output", call_id: "p1", status: "completed", output: `patched, iban ${PII.iban}` },
      ],
    });
    expectForwardedRedacted();
    const input = forwardedBody().input as Array<Record<string, unknown>>;
    expect(input.map((item) => [item.type, item.call_id])).toEqual([
      ["shell_call", "s1"],
      ["shell_call_output", "s1"],
      ["apply_patch_call", "p1"],
      ["apply_patch_call_output", "p1"],
    ]);
    expect(input[1]!.output).toEqual([{ stdout: expect.stringMatching(/^name: \[PERSON_[0-9A-Z]{6}\], ssn: \[US_SSN_/), stderr: expect.any(String), outcome: { type: "exit", exit_code: 0 } }]);
  });

  it("redacts MCP calls and computer-call outputs", async () => {
    await fixture.client.responses.create({
      model: "gpt-test",
      input: [
        { type: "mcp_call", id: "mcp_1", server_label: "crm", name: "lookup", arguments: JSON.stringify({ email: PII.email, card: Number(PII.card.replace(/ /g, "")) }), output: `SSN ${PII.ssn}`, error: `no account for ${PII.phone}` },
        { type: "computer_call_output", call_id: "cu_1", output: { type: "computer_screenshot", file_id: "file-shot1" }, acknowledged_safety_checks: [{ id: "sc_1", code: "pii", message: `Shows MRN ${PII.mrn}` }] },
      ],
    });
    expectForwardedRedacted();
    const [mcp, computer] = forwardedBody().input as Array<Record<string, unknown>>;
    expect(mcp).toMatchObject({ type: "mcp_call", id: "mcp_1", server_label: "crm", name: "lookup" });
    expect(computer).toMatchObject({ call_id: "cu_1", output: { type: "computer_screenshot", file_id: "file-shot1" } });
  });

  it("redacts an item of a type Veilgate does not know, keeping its ids", async () => {
    const { status } = await postRaw("/v1/responses", {
      model: "gpt-test",
      input: [{ type: "future_tool_call_output", id: "ft_1", call_id: "call_7", result: { rows: [{ name: `card ${PII.card}`, email: PII.email, note: `SSN ${PII.ssn}` }] } }],
    });
    expect(status).toBe(200);
    expectForwardedRedacted();
    expect((forwardedBody().input as unknown[])[0]).toMatchObject({ type: "future_tool_call_output", id: "ft_1", call_id: "call_7" });
  });

  it("redacts metadata, prompt_cache_key, tool definitions and the text format's schema", async () => {
    await fixture.client.responses.create({
      model: "gpt-test",
      input: "hi",
      metadata: { who: PII.email },
      prompt_cache_key: PII.email,
      tools: [
        { type: "function", name: "f", strict: false, description: `owner ${PII.ssn}`, parameters: { type: "object", properties: { name: { type: "string", enum: [PII.email] } } } },
        { type: "web_search", user_location: { type: "approximate", city: `near ${PII.email}` } },
      ],
      text: { format: { type: "json_schema", name: "r", strict: true, schema: { type: "object", description: `for ${PII.ssn}` } } },
    });
    expectForwardedRedacted();
    expect(forwardedBody().tools).toMatchObject([{ type: "function", name: "f", strict: false, parameters: { type: "object", properties: { name: { type: "string" } } } }, { type: "web_search" }]);
    expect(forwardedBody().text).toMatchObject({ format: { type: "json_schema", name: "r", strict: true, schema: { type: "object" } } });
  });

  it("refuses an input_file carrying file_data", async () => {
    await expectRefused(
      fixture.client.responses.create({ model: "gpt-test", input: [{ role: "user", content: [{ type: "input_file", filename: "a.pdf", file_data: `data:application/pdf;base64,${Buffer.from(PII.ssn).toString("base64")}` }] }] }),
      /file_data[\s\S]*input\[0\]\.content\[0\]\.file_data/,
    );
  });

  it("refuses audio input, and base64 data inside an item it reads whole", async () => {
    const audio = await postRaw("/v1/responses", { model: "gpt-test", input: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } }] }] });
    expect(audio.status).toBe(400);
    expect(audio.body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", message: expect.stringMatching(/audio cannot be checked for PII, so Veilgate forwarded nothing/) });
    await expectRefused(
      fixture.client.responses.create({ model: "gpt-test", input: [{ type: "computer_call_output", call_id: "cu_1", output: { type: "computer_screenshot", image_url: "data:application/pdf;base64,JVBERi0=" } }] }),
      /application\/pdf data in a data: URL[\s\S]*input\[0\]\.output\.image_url/,
    );
    await expectRefused(
      fixture.client.responses.create({ model: "gpt-test", input: [{ type: "image_generation_call", id: "ig_1", status: "completed", result: "iVBORw0KGgo".repeat(40) }] }),
      /base64 data cannot be checked for PII/,
    );
  });
});

describe("OpenAI-side endpoints: fields Veilgate does not name are read too", () => {
  it("redacts tool_choice, logit_bias keys and a tool message's tool_call_id, and the tool stays callable", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [
        { role: "user", content: "look it up" },
        { role: "assistant", content: null, tool_calls: [{ id: `call ${PII.ssn}`, type: "function", function: { name: "lookup", arguments: "{}" } }] },
        { role: "tool", tool_call_id: `call ${PII.ssn}`, content: "done" },
      ],
      tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
      tool_choice: { type: "function", function: { name: "lookup" } },
      logit_bias: { [PII.email]: 1 },
    });
    expectForwardedRedacted();
    const messages = forwardedBody().messages as Array<Record<string, unknown>>;
    const callId = (messages[1]!.tool_calls as Array<{ id: string }>)[0]!.id;
    expect(messages[2]!.tool_call_id).toBe(callId);
    expect(forwardedBody().tool_choice).toEqual({ type: "function", function: { name: "lookup" } });
  });

  it.each([
    ["/v1/chat/completions", { model: "gpt-test", messages: hello, x_note: `ssn ${PII.ssn}` }],
    ["/v1/chat/completions", { model: "gpt-test", messages: [{ role: "user", content: "hi", x_note: `ssn ${PII.ssn}` }] }],
    ["/v1/chat/completions", { model: "gpt-test", messages: [{ role: "user", content: [{ type: "text", text: "hi", x_note: `ssn ${PII.ssn}` }] }] }],
    ["/v1/chat/completions", { model: "gpt-test", messages: hello, [PII.email]: true }],
    ["/v1/responses", { model: "gpt-test", input: "hi", x_note: `ssn ${PII.ssn}` }],
    ["/v1/responses", { model: "gpt-test", input: [{ role: "user", content: [{ type: "input_text", text: "hi", x_note: `ssn ${PII.ssn}` }], x_item: { who: PII.email } }] }],
    ["/v1/responses", { model: "gpt-test", input: "hi", tool_choice: { type: "function", name: "lookup", x_note: PII.card } }],
    ["/v1/embeddings", { model: "gpt-test", input: "hi", x_note: `ssn ${PII.ssn}` }],
    ["/v1/completions", { model: "gpt-test", prompt: "hi", x_note: [`ssn ${PII.ssn}`], logit_bias: { [PII.phone]: 1 } }],
  ])("%s forwards no PII in a field it does not name (%#)", async (path, body) => {
    const response = await postRaw(path, body);
    expect(response.status).toBe(200);
    expectForwardedRedacted();
  });
});
