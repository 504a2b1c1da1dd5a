import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import type { ReceivedRequest } from "../support/fake-openai-vendor.ts";
import { piecesOf } from "../support/fake-openai-responses.ts";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { useVeilgate } from "../support/use-veilgate.ts";

const fixture = useVeilgate();

/** Vectors whose values are exact in float32, so a base64 round trip changes nothing. */
const VECTORS = [
  [0.5, -0.25, 0.125, 1, -1, 0.0625, 0.75, -0.5],
  [-0.125, 0.25, 0.375, -0.875, 0.5, 0, 0.9375, 0.03125],
  [0.25, 0.25, -0.25, -0.25, 0.5, 0.5, -0.5, -0.5],
];

const base64Of = (vector: number[]) => Buffer.from(new Float32Array(vector).buffer).toString("base64");

/** An embeddings answer with one vector per input, in the encoding the request asked for. */
function embeddingsAnswer(request: ReceivedRequest): Record<string, unknown> {
  const input = request.body.input;
  const count = Array.isArray(input) ? input.length : 1;
  const base64 = request.body.encoding_format === "base64";
  return {
    object: "list",
    data: VECTORS.slice(0, count).map((vector, index) => ({ object: "embedding", index, embedding: base64 ? base64Of(vector) : vector })),
    model: "text-embedding-3-small",
    usage: { prompt_tokens: 23, total_tokens: 23 },
  };
}

const completionId = "cmpl-fake123";
const completion = (texts: string[]) => ({
  id: completionId,
  object: "text_completion",
  created: 1_764_000_000,
  model: "fake-instruct",
  choices: texts.map((text, index) => ({ text, index, logprobs: null, finish_reason: "stop" })),
  usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
});

/** Legacy completions SSE: one `text_completion` chunk per piece, a finishing chunk, then `[DONE]`. */
function completionStream(pieces: string[]): string[] {
  const chunk = (text: string, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: completionId, object: "text_completion", created: 1_764_000_000, choices: [{ text, index: 0, logprobs: null, finish_reason: finishReason }], model: "fake-instruct" })}\n\n`;
  return [...pieces.map((piece) => chunk(piece, null)), chunk("", "stop"), "data: [DONE]\n\n"];
}

const promptsOf = (request: ReceivedRequest): string[] => {
  const prompt = request.body.prompt;
  return Array.isArray(prompt) ? (prompt as string[]) : [String(prompt ?? "")];
};

beforeEach(() => {
  fixture.vendor.reset((request) => {
    if (request.path.endsWith("/embeddings")) return { kind: "json", body: embeddingsAnswer(request) };
    const prompts = promptsOf(request);
    return request.body.stream ? { kind: "sse", writes: completionStream(piecesOf(prompts[0]!, 2)) } : { kind: "json", body: completion(prompts) };
  });
});

describe("POST /v1/embeddings through the openai SDK", () => {
  it("hides every value from the vendor and returns the vectors unchanged (SDK default base64)", async () => {
    const result = await fixture.client.embeddings.create({ model: "gpt-test", input: [PII_PROMPT, `email ${PII.email}`, "nothing personal"], user: PII.email });
    const received = fixture.vendor.received[0]!;
    expect(received.path).toBe("/v1/embeddings");
    expect(received.body.encoding_format).toBe("base64");
    expect(leakedIn(received.rawBody, PII_VALUES)).toEqual([]);
    expect((received.body.input as string[])[1]).toMatch(/^email \[EMAIL_[0-9A-Z]{6}\]$/);
    expect((received.body.input as string[])[2]).toBe("nothing personal");
    expect(result.data.map((item) => item.embedding)).toEqual(VECTORS);
    expect(result.usage).toEqual({ prompt_tokens: 23, total_tokens: 23 });
  });

  it("redacts a single string input and returns float vectors as the vendor sent them", async () => {
    const result = await fixture.client.embeddings.create({ model: "gpt-test", input: `SSN ${PII.ssn}`, encoding_format: "float", dimensions: 8 });
    const received = fixture.vendor.received[0]!;
    expect(received.body).toMatchObject({ encoding_format: "float", dimensions: 8 });
    expect(received.body.input).toMatch(/^SSN \[US_SSN_[0-9A-Z]{6}\]$/);
    expect(result.data[0]!.embedding).toEqual(VECTORS[0]);
  });

  it("refuses token-id input, which it cannot check, and forwards nothing", async () => {
    const error = await fixture.client.embeddings.create({ model: "gpt-test", input: [[9906, 1917], [15339]], encoding_format: "float" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toMatch(/token ids cannot be checked for PII/);
    expect(fixture.vendor.received).toHaveLength(0);
  });

  it("logs a note, not vectors, as the answer", async () => {
    await fixture.client.embeddings.create({ model: "gpt-test", input: `SSN ${PII.ssn}` });
    const [record] = fixture.veilgate.services.exchangeLog.recent(1);
    expect(record).toMatchObject({ endpoint: "/v1/embeddings", status: "ok", stream: false, entityCounts: { US_SSN: 1 }, redactedResponse: "[1 embedding; vectors are not restored]" });
  });
});

describe("POST /v1/completions through the openai SDK", () => {
  it("hides prompt, suffix and user from the vendor and restores every choice (JSON)", async () => {
    const result = await fixture.client.completions.create({ model: "gpt-test", prompt: [PII_PROMPT, `Card ${PII.mastercard2}`], suffix: `Signed, ${PII.email}`, user: PII.email, max_tokens: 64 });
    const received = fixture.vendor.received[0]!;
    expect(received.path).toBe("/v1/completions");
    expect(leakedIn(received.rawBody, PII_VALUES)).toEqual([]);
    expect(received.body.max_tokens).toBe(64);
    expect(result.choices.map((choice) => choice.text)).toEqual([PII_PROMPT, `Card ${PII.mastercard2}`]);
  });

  it("restores a stream split two characters per chunk", async () => {
    const stream = await fixture.client.completions.create({ model: "gpt-test", prompt: PII_PROMPT, stream: true });
    let text = "";
    let finishReason: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.text ?? "";
      finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
    }
    expect(leakedIn(fixture.vendor.received[0]!.rawBody, PII_VALUES)).toEqual([]);
    expect(text).toBe(PII_PROMPT);
    expect(finishReason).toBe("stop");
  });

  it("restores a placeholder split one character per chunk", async () => {
    fixture.vendor.respondWith((request) => ({ kind: "sse", writes: completionStream([...`Noted: ${promptsOf(request)[0]}!`]) }));
    const stream = await fixture.client.completions.create({ model: "gpt-test", prompt: PII.card, stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? "";
    expect(text).toBe(`Noted: ${PII.card}!`);
  });

  it("refuses a token-id prompt, which it cannot check, and forwards nothing", async () => {
    const error = await fixture.client.completions.create({ model: "gpt-test", prompt: [1, 2, 3] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toMatch(/token ids cannot be checked for PII/);
    expect(fixture.vendor.received).toHaveLength(0);
  });
});
