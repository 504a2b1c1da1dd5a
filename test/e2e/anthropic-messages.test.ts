import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicMessage, anthropicStream, echoAnthropicResponder, type FakeAnthropicVendor, lastUserText, sseEvent, startFakeAnthropicVendor } from "../support/fake-anthropic-vendor.ts";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { FAKE_ANTHROPIC_VENDOR_KEY, startTestVeilgate, type TestVeilgate } from "../support/start-veilgate.ts";

let vendor: FakeAnthropicVendor;
let veilgate: TestVeilgate;
let client: Anthropic;
/** The SDK as an app would set it up; `authToken: null` so no ambient ANTHROPIC_AUTH_TOKEN sneaks in. */
const connect = (apiKey: string) => new Anthropic({ baseURL: veilgate.url, apiKey, authToken: null, maxRetries: 0 });

beforeAll(async () => {
  vendor = await startFakeAnthropicVendor();
  veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url, anthropicVendorUrl: vendor.url, upstreamTimeoutMs: 1_000, maxBodyBytes: 64 * 1024 });
  client = connect(veilgate.clientKey);
});
afterAll(async () => {
  await veilgate?.close();
  await vendor?.close();
});
beforeEach(() => {
  vendor.reset((request) => {
    const text = lastUserText(request.body);
    return request.body.stream
      ? { kind: "sse", writes: anthropicStream([{ type: "text", pieces: text.match(/[\s\S]{1,2}/g) ?? [] }]) }
      : { kind: "json", body: anthropicMessage([{ type: "text", text }]) };
  });
});

const MODEL = "claude-test";
const placeholdersIn = (text: string) => text.match(/\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]/g) ?? [];
/** What every test asserts about the vendor's side: it saw no value, in any spelling, in any request. */
const expectNothingLeaked = () => {
  expect(vendor.received.length).toBeGreaterThan(0);
  for (const request of vendor.received) expect(leakedIn(request.rawBody, PII_VALUES)).toEqual([]);
};
/** Cuts `text` into pieces of 1 to 4 characters, so placeholders and JSON escapes are split everywhere. */
const shred = (text: string): string[] => text.match(/[\s\S]{1,4}/g)?.flatMap((piece, index) => (index % 3 === 0 ? [...piece] : [piece])) ?? [];

describe("POST /v1/messages through the @anthropic-ai/sdk", () => {
  it("messages.create: hides every value from the vendor and gives the client its values back", async () => {
    const message = await client.messages.create({ model: MODEL, max_tokens: 256, system: `You help ${PII.email}.`, messages: [{ role: "user", content: PII_PROMPT }] });
    expectNothingLeaked();
    expect(message.content).toEqual([{ type: "text", text: PII_PROMPT }]);
    expect(message).toMatchObject({ id: "msg_01FakeVendorAnswer", stop_reason: "end_turn", usage: { input_tokens: 11, output_tokens: 7 } });
    expect(vendor.received[0]!.path).toBe("/v1/messages");
    expect(vendor.received[0]!.body.system).toMatch(/^You help \[EMAIL_[0-9A-Z]{6}\]\.$/);
  });

  it("messages.stream(): .on('text') and finalMessage() see the values, split two characters per delta", async () => {
    let streamed = "";
    const stream = client.messages.stream({ model: MODEL, max_tokens: 256, messages: [{ role: "user", content: PII_PROMPT }] }).on("text", (delta) => (streamed += delta));
    const final = await stream.finalMessage();
    expectNothingLeaked();
    expect(streamed).toBe(PII_PROMPT);
    expect(final.content).toEqual([{ type: "text", text: PII_PROMPT }]);
    expect(final.stop_reason).toBe("end_turn");
  });

  it("streams a tool_use block whose input_json_delta splits placeholders, and finalMessage() has the values", async () => {
    vendor.respondWith((request) => {
      const [ssn, email, phone] = placeholdersIn(lastUserText(request.body));
      const input = JSON.stringify({ ssn, contact: { email, phones: [phone] }, note: `call ${phone}\n"today"`, limit: 2 });
      return { kind: "sse", writes: anthropicStream([{ type: "text", pieces: shred(`Looking up ${ssn}.`) }, { type: "tool_use", id: "toolu_01Fake", name: "lookup", pieces: shred(input) }]) };
    });
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 256,
      tools: [{ name: "lookup", description: "Find a customer.", input_schema: { type: "object", properties: { ssn: { type: "string" } } } }],
      messages: [{ role: "user", content: `SSN ${PII.ssn}, email ${PII.email}, phone ${PII.phone}` }],
    });
    const final = await stream.finalMessage();
    expectNothingLeaked();
    expect(vendor.received[0]!.body.tools).toEqual([{ name: "lookup", description: "Find a customer.", input_schema: { type: "object", properties: { ssn: { type: "string" } } } }]);
    expect(final.content[0]).toEqual({ type: "text", text: `Looking up ${PII.ssn}.` });
    expect(final.content[1]).toEqual({
      type: "tool_use",
      id: "toolu_01Fake",
      name: "lookup",
      input: { ssn: PII.ssn, contact: { email: PII.email, phones: [PII.phone] }, note: `call ${PII.phone}\n"today"`, limit: 2 },
    });
    expect(final.stop_reason).toBe("tool_use");
  });

  it("restores each string leaf of a tool_use input object in a JSON answer", async () => {
    vendor.respondWith((request) => {
      const [ssn, card] = placeholdersIn(lastUserText(request.body));
      return { kind: "json", body: anthropicMessage([{ type: "tool_use", id: "toolu_02", name: "charge", input: { card, holder: { ssn }, amounts: [1, 2], note: `card ${card} for ${ssn}` } }]) };
    });
    const message = await client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: "user", content: `SSN ${PII.ssn}, card ${PII.card}` }] });
    expectNothingLeaked();
    expect(message.content[0]).toEqual({ type: "tool_use", id: "toolu_02", name: "charge", input: { card: PII.card, holder: { ssn: PII.ssn }, amounts: [1, 2], note: `card ${PII.card} for ${PII.ssn}` } });
  });

  it("redacts a multi-turn history with tool_use inputs and tool_result content, keeping placeholders stable", async () => {
    vendor.respondWith((request) => ({ kind: "json", body: anthropicMessage([{ type: "text", text: `Done: ${placeholdersIn(request.rawBody).join(" ")}` }]) }));
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [
        { role: "user", content: `Look up SSN ${PII.ssn}` },
        { role: "assistant", content: [{ type: "text", text: "Looking." }, { type: "tool_use", id: "toolu_1", name: "lookup", input: { ssn: PII.ssn, cards: [PII.card], limit: 1 } }] },
        {
          role: "user",
          content: [
            { type: "tool_result", tool_use_id: "toolu_1", content: JSON.stringify({ iban: PII.iban, email: PII.email }) },
            { type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: `Routing number ${PII.routing}, account number ${PII.account}` }] },
            { type: "text", text: "Summarise." },
          ],
        },
      ],
    });
    expectNothingLeaked();
    const [first, assistant, results] = vendor.received[0]!.body.messages as Array<{ content: unknown }>;
    const ssnPlaceholder = placeholdersIn(first!.content as string)[0]!;
    expect(assistant!.content).toEqual([{ type: "text", text: "Looking." }, { type: "tool_use", id: "toolu_1", name: "lookup", input: { ssn: ssnPlaceholder, cards: [expect.stringMatching(/^\[CREDIT_CARD_[0-9A-Z]{6}\]$/)], limit: 1 } }]);
    expect(JSON.parse((results!.content as Array<{ content: string }>)[0]!.content)).toEqual({ iban: expect.stringMatching(/^\[IBAN_/), email: expect.stringMatching(/^\[EMAIL_/) });
    const text = (message.content[0] as { text: string }).text;
    for (const value of [PII.ssn, PII.card, PII.iban, PII.email, PII.routing, PII.account]) expect(text).toContain(value);
  });

  it("takes system as blocks, metadata.user_id and a text document, and leaves cache_control alone", async () => {
    await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      system: [{ type: "text", text: `Account holder ${PII.email}, phone ${PII.phone}`, cache_control: { type: "ephemeral" } }],
      metadata: { user_id: PII.email },
      messages: [{ role: "user", content: [{ type: "document", title: `Chart for MRN ${PII.mrn}`, source: { type: "text", media_type: "text/plain", data: `Patient MRN ${PII.mrn}, referring NPI ${PII.npi}` } }, { type: "text", text: "Summarise." }] }],
    });
    expectNothingLeaked();
    const body = vendor.received[0]!.body as { system: Array<{ text: string; cache_control: unknown }>; metadata: { user_id: string } };
    expect(body.system[0]!.cache_control).toEqual({ type: "ephemeral" });
    expect(placeholdersIn(body.system[0]!.text)).toHaveLength(2);
    expect(body.metadata.user_id).toMatch(/^\[EMAIL_[0-9A-Z]{6}\]$/);
  });

  it("passes thinking through untouched both ways, so its signature stays valid", async () => {
    const signature = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds4MfWe2jd6FkGoKvFbS9uBlWBrr+BpGSRTb5RCDAA4GKn9M8RCVKUhVeh1ZOWoIbaq7vYxK9";
    vendor.respondWith((request) => {
      const ssn = placeholdersIn(lastUserText(request.body))[0]!;
      return { kind: "sse", writes: anthropicStream([{ type: "thinking", pieces: shred(`SSN is ${ssn}.`), signature }, { type: "text", pieces: shred(`Yours: ${ssn}`) }]) };
    });
    const final = await client.messages.stream({ model: MODEL, max_tokens: 2048, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [{ role: "user", content: `SSN ${PII.ssn}` }] }).finalMessage();
    const thinking = final.content[0] as { type: "thinking"; thinking: string; signature: string };
    expect(thinking.thinking).toMatch(/^SSN is \[US_SSN_[0-9A-Z]{6}\]\.$/);
    expect(thinking.signature).toBe(signature);
    expect(final.content[1]).toEqual({ type: "text", text: `Yours: ${PII.ssn}` });

    vendor.respondWith(() => ({ kind: "json", body: anthropicMessage([{ type: "text", text: "ok" }]) }));
    await client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: "user", content: `SSN ${PII.ssn}` }, { role: "assistant", content: [thinking, { type: "text", text: `Yours: ${PII.ssn}` }] }, { role: "user", content: "Thanks" }] });
    expect((vendor.received.at(-1)!.body.messages as Array<{ content: unknown[] }>)[1]!.content[0]).toEqual(thinking);
    expectNothingLeaked();
  });

  it("POST /v1/messages/count_tokens redacts, forwards, and returns the count as the vendor sent it", async () => {
    vendor.respondWith(echoAnthropicResponder);
    const count = await client.messages.countTokens({ model: MODEL, system: `For ${PII.email}`, messages: [{ role: "user", content: PII_PROMPT }] });
    expectNothingLeaked();
    expect(vendor.received[0]!.path).toBe("/v1/messages/count_tokens");
    expect(count).toEqual({ input_tokens: vendor.received[0]!.rawBody.length });
  });

  it("forwards anthropic-version and anthropic-beta, and sends the vendor's key, never the caller's", async () => {
    await client.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: "hi" }] }, { headers: { "anthropic-version": "2023-06-01", "anthropic-beta": "token-efficient-tools-2025-02-19" } });
    const headers = vendor.received[0]!.headers;
    expect(headers["anthropic-version"]).toBe("2023-06-01");
    expect(headers["anthropic-beta"]).toBe("token-efficient-tools-2025-02-19");
    expect(headers["x-api-key"]).toBe(FAKE_ANTHROPIC_VENDOR_KEY);
    expect(headers.authorization).toBeUndefined();
    expect(JSON.stringify(headers)).not.toContain(veilgate.clientKey);
  });

  it("logs the exchange with placeholders only", async () => {
    await client.messages.stream({ model: MODEL, max_tokens: 64, messages: [{ role: "user", content: `SSN ${PII.ssn}, email ${PII.email}` }] }).finalMessage();
    const logged = veilgate.services.exchangeLog.recent(1)[0]!;
    expect(logged).toMatchObject({ endpoint: "/v1/messages", status: "ok", httpStatus: 200, vendor: "claudeish", stream: true, entityCounts: { US_SSN: 1, EMAIL: 1 } });
    expect(leakedIn(`${logged.redactedRequest}${logged.redactedResponse}`, PII_VALUES)).toEqual([]);
    expect(logged.redactedResponse).toMatch(/\[EMAIL_[0-9A-Z]{6}\]/);
  });
});

/** The SDK's view of a refusal: it must parse our error shape into the right APIError subclass. */
async function sdkError(promise: Promise<unknown>): Promise<InstanceType<typeof Anthropic.APIError>> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(Anthropic.APIError);
  return error as InstanceType<typeof Anthropic.APIError>;
}
const ask = (sdk: Anthropic, model = MODEL) => sdk.messages.create({ model, max_tokens: 8, messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });

describe("refusals in Anthropic's error shape", () => {
  it("401 without a key, as {type:'error', error:{type:'authentication_error'}}", async () => {
    const response = await fetch(`${veilgate.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: "error", error: { type: "authentication_error", message: expect.stringMatching(/No Veilgate API key/) } });
    expect(vendor.received).toHaveLength(0);
  });

  it("401 with a wrong key raises AuthenticationError", async () => {
    const error = await sdkError(ask(connect("vg_wrongwrongwrongwrongwrongwrong00")));
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(error).toMatchObject({ type: "authentication_error", errorCode: "unauthorized" });
    expect(vendor.received).toHaveLength(0);
  });

  it("404 for an unknown model raises NotFoundError", async () => {
    const error = await sdkError(ask(client, "claude-nope"));
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
    expect(error).toMatchObject({ type: "not_found_error", errorCode: "model_not_found" });
    expect(vendor.received).toHaveLength(0);
  });

  it("400 for a malformed request raises BadRequestError naming the field", async () => {
    const error = await sdkError(client.messages.create({ model: MODEL, max_tokens: 8, messages: "hello" as never }));
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(error.type).toBe("invalid_request_error");
    expect(error.message).toMatch(/messages/);
    expect(vendor.received).toHaveLength(0);
  });

  it("413 for a body over the limit raises ContentTooLargeError", async () => {
    const error = await sdkError(client.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: "x".repeat(70_000) }] }));
    expect(error).toBeInstanceOf(Anthropic.ContentTooLargeError);
    expect(error.type).toBe("request_too_large");
  });

  it("passes a vendor 429 on as RateLimitError and a vendor 529 as 529 overloaded_error, so the SDK backs off", async () => {
    vendor.respondWith(() => ({ kind: "json", status: 429, body: { type: "error", error: { type: "rate_limit_error", message: "Slow down" } } }));
    expect(await sdkError(ask(client))).toBeInstanceOf(Anthropic.RateLimitError);
    vendor.respondWith(() => ({ kind: "json", status: 529, body: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } } }));
    const overloaded = await sdkError(ask(client));
    expect(overloaded).toBeInstanceOf(Anthropic.InternalServerError);
    expect(overloaded).toMatchObject({ status: 529, type: "overloaded_error" });
  });

  it("504 when the vendor does not answer in time raises GatewayTimeoutError", async () => {
    vendor.respondWith(() => ({ kind: "hang" }));
    const error = await sdkError(ask(client));
    expect(error).toBeInstanceOf(Anthropic.GatewayTimeoutError);
    expect(error).toMatchObject({ type: "api_error", errorCode: "vendor_timeout" });
  });

  it("a vendor's mid-stream `event: error` reaches the SDK as an APIError of that type", async () => {
    vendor.respondWith(() => ({ kind: "sse", writes: [...anthropicStream([{ type: "text", pieces: ["Hel", "lo"] }]).slice(0, 4), sseEvent("error", { error: { type: "overloaded_error", message: "Overloaded" } })] }));
    const error = await sdkError(client.messages.stream({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: "hi" }] }).finalMessage());
    expect(error.type).toBe("overloaded_error");
  });

  it("a vendor that stalls mid-stream ends the stream with Veilgate's own `event: error`", async () => {
    vendor.respondWith(() => ({ kind: "sse", writes: anthropicStream([{ type: "text", pieces: ["Hel", "lo"] }]).slice(0, 4), keepOpen: true }));
    let streamed = "";
    const stream = client.messages.stream({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: "hi" }] }).on("text", (delta) => (streamed += delta));
    const error = await sdkError(stream.finalMessage());
    expect(streamed).toBe("Hel");
    // A stall mid-body currently surfaces as `internal`, not `vendor_timeout`: the Node
    // upstream maps timeouts only before the body starts. Either way the SDK raises.
    expect(error).toMatchObject({ type: "api_error", errorCode: expect.any(String) });
    expect(veilgate.services.exchangeLog.recent(1)[0]!.status).not.toBe("ok");
  });
});
