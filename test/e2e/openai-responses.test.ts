import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { beforeEach, describe, expect, it } from "vitest";
import { FAKE_CALL_ID, lastResponsesUserText, piecesOf, responsesJson, responsesStream } from "../support/fake-openai-responses.ts";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate({ upstreamTimeoutMs: 1_000 });

/** Echoes the last user text back as the answer, JSON or streamed two characters per delta. */
beforeEach(() => {
  fixture.vendor.reset((request) => {
    const text = lastResponsesUserText(request.body);
    const instructions = typeof request.body.instructions === "string" ? request.body.instructions : null;
    return request.body.stream
      ? { kind: "sse", writes: responsesStream({ text: piecesOf(text, 2), instructions }) }
      : { kind: "json", body: responsesJson({ text: [text], instructions }) };
  });
});

const placeholdersIn = (text: string) => text.match(/\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]/g) ?? [];
const vendorSaw = () => fixture.vendor.received.map((request) => request.rawBody).join("\n");

/**
 * Answers with a function call whose arguments hold the SSN and email placeholders the vendor
 * received, cut into 3-character deltas so placeholders straddle them; with `textBefore`, a
 * message comes first.
 */
function answerWithLookupCall(textBefore?: string) {
  fixture.vendor.respondWith((request) => {
    const placeholders = placeholdersIn(request.rawBody);
    const ssn = placeholders.find((placeholder) => placeholder.startsWith("[US_SSN_"))!;
    const email = placeholders.find((placeholder) => placeholder.startsWith("[EMAIL_"))!;
    const call = { name: "lookup", argumentPieces: piecesOf(JSON.stringify({ ssn, note: `send to "${email}"` }), 3) };
    const text = textBefore === undefined ? undefined : `${textBefore} ${ssn}`;
    return request.body.stream
      ? { kind: "sse", writes: responsesStream({ text: text === undefined ? undefined : piecesOf(text, 3), call }) }
      : { kind: "json", body: responsesJson({ text: text === undefined ? undefined : [text], call }) };
  });
}

const tools = [{ type: "function" as const, name: "lookup", strict: true, parameters: { type: "object", properties: { ssn: { type: "string" }, note: { type: "string" } }, required: ["ssn", "note"], additionalProperties: false } }];

describe("POST /v1/responses through the openai SDK", () => {
  it("hides every value from the vendor and gives them back in the JSON answer", async () => {
    const response = await fixture.client.responses.create({
      model: "gpt-test",
      instructions: `You help the account holder ${PII.email}.`,
      user: PII.email,
      input: [{ role: "user", content: [{ type: "input_text", text: PII_PROMPT }] }],
    });
    expect(fixture.vendor.received[0]!.path).toBe("/v1/responses");
    expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
    expect(response.output_text).toBe(PII_PROMPT);
    expect(response.output[0]).toMatchObject({ type: "message", content: [{ type: "output_text", text: PII_PROMPT }] });
    expect(response.instructions).toBe(`You help the account holder ${PII.email}.`);
    expect(response.usage?.total_tokens).toBe(21);
  });

  it("redacts a plain string input", async () => {
    const response = await fixture.client.responses.create({ model: "gpt-test", input: `My SSN is ${PII.ssn}` });
    expect(fixture.vendor.received[0]!.body.input).toMatch(/^My SSN is \[US_SSN_[0-9A-Z]{6}\]$/);
    expect(response.output_text).toBe(`My SSN is ${PII.ssn}`);
  });

  it("streams the values back in the deltas, the done events and the completed response", async () => {
    const stream = await fixture.client.responses.create({ model: "gpt-test", stream: true, input: PII_PROMPT });
    const events: ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
    const deltas = events.flatMap((event) => (event.type === "response.output_text.delta" ? [event.delta] : []));
    expect(deltas.join("")).toBe(PII_PROMPT);
    const done = events.find((event) => event.type === "response.output_text.done");
    expect(done?.type === "response.output_text.done" && done.text).toBe(PII_PROMPT);
    const completed = events.at(-1)!;
    expect(completed.type).toBe("response.completed");
    expect(completed.type === "response.completed" && completed.response.output[0]).toMatchObject({ content: [{ text: PII_PROMPT }] });
    const numbers = events.map((event) => event.sequence_number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("restores a placeholder split one character per delta", async () => {
    fixture.vendor.respondWith((request) => ({ kind: "sse", writes: responsesStream({ text: [...`Noted: ${lastResponsesUserText(request.body)}!`] }) }));
    const stream = await fixture.client.responses.create({ model: "gpt-test", stream: true, input: PII.ssn });
    let text = "";
    for await (const event of stream) if (event.type === "response.output_text.delta") text += event.delta;
    expect(text).toBe(`Noted: ${PII.ssn}!`);
  });

  it("sends held-back text as an extra delta before the done event, with sequence numbers the SDK accepts", async () => {
    const typed = `SSN ${PII.ssn}, and I typed [US_SSN_`;
    const runner = fixture.client.responses.stream({ model: "gpt-test", input: typed });
    const events: ResponseStreamEvent[] = [];
    runner.on("event", (event) => events.push(event));
    const final = await runner.finalResponse();
    expect(final.output_text).toBe(typed);
    const deltas = events.flatMap((event) => (event.type === "response.output_text.delta" ? [event.delta] : []));
    expect(deltas.join("")).toBe(typed);
    expect(deltas.at(-1)).toBe("[US_SSN_");
    const numbers = events.map((event) => event.sequence_number);
    expect(numbers).toEqual(numbers.map((_, index) => index));
  });

  it("works with the SDK's responses.stream() helper and its finalResponse()", async () => {
    const runner = fixture.client.responses.stream({ model: "gpt-test", input: [{ role: "user", content: PII_PROMPT }] });
    let fromDeltas = "";
    runner.on("response.output_text.delta", (event) => (fromDeltas += event.delta));
    const final = await runner.finalResponse();
    expect(fromDeltas).toBe(PII_PROMPT);
    expect(final.output_text).toBe(PII_PROMPT);
    expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
  });
});

describe("function calls", () => {
  it("restores the arguments of a JSON function call as valid JSON", async () => {
    answerWithLookupCall();
    const response = await fixture.client.responses.create({ model: "gpt-test", tools, input: `Look up SSN ${PII.ssn} and email ${PII.email}` });
    const call = response.output.find((item) => item.type === "function_call");
    expect(call?.type === "function_call" && JSON.parse(call.arguments)).toEqual({ ssn: PII.ssn, note: `send to "${PII.email}"` });
    expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
  });

  it("restores arguments whose placeholders are split across argument deltas (stream)", async () => {
    answerWithLookupCall("Looking up");
    const stream = await fixture.client.responses.create({ model: "gpt-test", tools, stream: true, input: `Look up SSN ${PII.ssn} and email ${PII.email}` });
    let args = "";
    let text = "";
    let doneArguments = "";
    for await (const event of stream) {
      if (event.type === "response.function_call_arguments.delta") args += event.delta;
      if (event.type === "response.output_text.delta") text += event.delta;
      if (event.type === "response.function_call_arguments.done") doneArguments = event.arguments;
    }
    expect(JSON.parse(args)).toEqual({ ssn: PII.ssn, note: `send to "${PII.email}"` });
    expect(doneArguments).toBe(args);
    expect(text).toBe(`Looking up ${PII.ssn}`);
    expect(leakedIn(vendorSaw(), PII_VALUES)).toEqual([]);
  });

  it("gives the stream() helper's finalResponse() the restored call", async () => {
    answerWithLookupCall();
    const final = await fixture.client.responses.stream({ model: "gpt-test", tools, input: `SSN ${PII.ssn}, email ${PII.email}` }).finalResponse();
    const call = final.output.find((item) => item.type === "function_call");
    expect(call?.type === "function_call" && JSON.parse(call.arguments)).toEqual({ ssn: PII.ssn, note: `send to "${PII.email}"` });
  });

  it("redacts a multi-turn input with function_call and function_call_output items", async () => {
    fixture.vendor.respondWith((request) => ({ kind: "json", body: responsesJson({ text: [`Done: ${placeholdersIn(JSON.stringify(request.body.input)).join(" ")}`] }) }));
    const first = `Look up SSN ${PII.ssn}`;
    const response = await fixture.client.responses.create({
      model: "gpt-test",
      tools,
      input: [
        { role: "user", content: first },
        { type: "function_call", call_id: FAKE_CALL_ID, name: "lookup", arguments: JSON.stringify({ ssn: PII.ssn, note: `card ${PII.card}` }) },
        { type: "function_call_output", call_id: FAKE_CALL_ID, output: JSON.stringify({ email: PII.email, iban: PII.iban, phone: PII.phone }) },
        { type: "function_call", call_id: "call_2", name: "lookup", arguments: JSON.stringify({ ssn: PII.ssn.replaceAll("-", " "), note: "again" }) },
        { type: "function_call_output", call_id: "call_2", output: [{ type: "input_text", text: `routing number ${PII.routing}, account number ${PII.account}` }] },
        { role: "user", content: `Patient MRN ${PII.mrn}, NPI ${PII.npi}, card ${PII.mastercard2}.` },
      ],
    });
    const received = fixture.vendor.received[0]!;
    expect(leakedIn(received.rawBody, PII_VALUES)).toEqual([]);
    const items = received.body.input as Array<{ arguments?: string; output?: unknown; content?: string }>;
    const firstArgs = JSON.parse(items[1]!.arguments!) as { ssn: string };
    expect(firstArgs.ssn).toMatch(/^\[US_SSN_[0-9A-Z]{6}\]$/);
    // One value, one placeholder, in every item and whatever its separators.
    expect((JSON.parse(items[3]!.arguments!) as { ssn: string }).ssn).toBe(firstArgs.ssn);
    expect(items[0]!.content).toContain(firstArgs.ssn);
    // The vendor named every placeholder it saw; the client reads each value back, in its first spelling.
    const values = [PII.ssn, PII.ssn, PII.card, PII.email, PII.iban, PII.phone, PII.ssn, PII.routing, PII.account, PII.mrn, PII.npi, PII.mastercard2];
    expect(response.output_text).toBe(`Done: ${values.join(" ")}`);
  });

  it("passes the fields it does not redact through untouched", async () => {
    await fixture.client.responses.create({ model: "fakeai/gpt-test", tools, input: "hi", reasoning: { effort: "low" }, store: false, metadata: { ticket: "T-1" }, max_output_tokens: 50, text: { format: { type: "text" } } });
    const received = fixture.vendor.received[0]!;
    expect(received.body).toMatchObject({ model: "gpt-test", tools, reasoning: { effort: "low" }, store: false, metadata: { ticket: "T-1" }, max_output_tokens: 50, text: { format: { type: "text" } } });
  });
});

describe("refusals and broken streams", () => {
  it("refuses an input item whose text it cannot read, in OpenAI's error shape, and forwards nothing", async () => {
    const error = await fixture.client.responses
      .create({ model: "gpt-test", input: [{ type: "function_call_output", call_id: "c", output: { text: PII.ssn } as never }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe("invalid_request");
    expect((error as Error).message).toMatch(/input\[0\]\.output/);
    expect(fixture.vendor.received).toHaveLength(0);
  });

  it("ends a stream that breaks off with a Responses `error` event the SDK raises", async () => {
    fixture.vendor.respondWith(() => ({ kind: "sse", writes: responsesStream({ text: ["partial [US_SS"] }).slice(0, 5), keepOpen: true }));
    const stream = await fixture.client.responses.create({ model: "gpt-test", stream: true, input: `SSN ${PII.ssn}` });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.type);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    // The code is the pipeline's ProxyError code. A vendor that stalls mid-body currently
    // surfaces as `internal` rather than `vendor_timeout` (the Node upstream maps timeouts
    // only before the body starts); either way the SDK raises instead of ending quietly.
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toEqual(expect.any(String));
    expect((error as Error).message).not.toContain(PII.ssn);
    expect(seen).toContain("response.output_text.delta");
  });

  it("logs the exchange with the vendor's redacted answer only", async () => {
    const stream = await fixture.client.responses.create({ model: "gpt-test", stream: true, input: `SSN ${PII.ssn}` });
    for await (const event of stream) void event;
    const [record] = fixture.veilgate.services.exchangeLog.recent(1);
    expect(record).toMatchObject({ endpoint: "/v1/responses", status: "ok", stream: true, entityCounts: { US_SSN: 1 } });
    expect(record!.redactedResponse).toMatch(/^SSN \[US_SSN_[0-9A-Z]{6}\]$/);
    expect(leakedIn(JSON.stringify(record), PII_VALUES)).toEqual([]);
  });
});
