import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRestoreKit } from "../../proxy/restore-kit.ts";
import { createSseDecoderStream, type SseEvent } from "../shared/sse-decoder.ts";
import { openAiCompletionsProtocol } from "./index.ts";
import type { CompletionRequest } from "./request-schema.ts";

const VALUES = new Map([
  ["[CREDIT_CARD_7R4KQ9]", "4111 1111 1111 1111"],
  ["[EMAIL_GCZW14]", "jane.doe@example.com"],
]);
const lookup = (placeholder: string) => VALUES.get(placeholder);
const kit = createRestoreKit(lookup);
const recorded = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

function parse(body: unknown): CompletionRequest {
  const parsed = openAiCompletionsProtocol.parseRequest(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

async function restoreStream(chunks: string[]): Promise<{ events: SseEvent[]; text: Map<number, string>; transcript: string }> {
  const encoder = new TextEncoder();
  const step = openAiCompletionsProtocol.createStreamRestore(kit);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const reader = source.pipeThrough(createSseDecoderStream()).pipeThrough(new TransformStream(step.transform)).getReader();
  const events: SseEvent[] = [];
  const text = new Map<number, string>();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    events.push(read.value);
    if (read.value.data === "[DONE]") continue;
    for (const choice of (JSON.parse(read.value.data) as { choices: Array<{ index: number; text?: string }> }).choices) {
      text.set(choice.index, (text.get(choice.index) ?? "") + (choice.text ?? ""));
    }
  }
  return { events, text, transcript: step.transcript() };
}

const chunk = (text: string, finish: string | null = null, index = 0) =>
  `data: ${JSON.stringify({ id: "cmpl-1", object: "text_completion", created: 1, choices: [{ text, index, logprobs: null, finish_reason: finish }], model: "m" })}\n\n`;

describe("openAiCompletionsProtocol requests", () => {
  it("reads prompt strings, suffix and user, and rewrites them in place", () => {
    const request = parse({ model: "m", prompt: ["first", "", "second"], suffix: "end", user: "u@example.com", max_tokens: 5 });
    const slots = openAiCompletionsProtocol.textSlots(request);
    expect(slots.map((slot) => slot.text)).toEqual(["end", "u@example.com", "first", "second"]);
    for (const slot of slots) slot.write(slot.text.toUpperCase());
    expect(request).toEqual({ model: "m", prompt: ["FIRST", "", "SECOND"], suffix: "END", user: "U@EXAMPLE.COM", max_tokens: 5 });
  });

  it("reads the stop sequences, a string or an array", () => {
    const request = parse({ model: "m", prompt: "p", stop: ["jane@example.com", "\n"] });
    expect(openAiCompletionsProtocol.textSlots(request).map((slot) => slot.text)).toEqual(["jane@example.com", "\n", "p"]);
    expect(openAiCompletionsProtocol.textSlots(parse({ model: "m", stop: "END" })).map((slot) => slot.text)).toEqual(["END"]);
  });

  it("refuses token-id prompts, which it cannot check for PII, and says why", () => {
    const parsed = openAiCompletionsProtocol.parseRequest({ model: "m", prompt: [1, 2, 3] });
    expect(parsed.ok === false && parsed.message).toMatch(/token ids cannot be checked for PII/);
  });
});

describe("openAiCompletionsProtocol answers", () => {
  it("restores every choice of a recorded JSON answer", () => {
    const body = JSON.parse(recorded("completion-two-choices.json")) as { choices: Array<{ text: string }> };
    const transcript = openAiCompletionsProtocol.restoreResponse(body, kit);
    expect(body.choices.map((choice) => choice.text)).toEqual([
      "\n\nDear customer, we received your card 4111 1111 1111 1111 and will reply to jane.doe@example.com.",
      "\n\nThank you. Your card ending in 4111 1111 1111 1111 is noted",
    ]);
    expect(transcript).not.toMatch(/4111|jane/);
    expect(transcript.split("[CREDIT_CARD_7R4KQ9]")).toHaveLength(3);
  });

  it("restores a recorded stream whatever its byte split, and keeps [DONE] last", async () => {
    const vendorText = recorded("stream-completion.sse");
    const whole = await restoreStream([vendorText]);
    expect(whole.text.get(0)).toBe("\n\nDear customer, we received your card 4111 1111 1111 1111 and will reply to jane.doe@example.com.");
    expect(whole.events.at(-1)).toEqual({ data: "[DONE]" });
    expect(whole.transcript).toContain("[CREDIT_CARD_7R4KQ9]");
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: vendorText.length - 1 }), { maxLength: 30 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), vendorText.length];
        expect((await restoreStream(points.slice(1).map((end, index) => vendorText.slice(points[index], end)))).events).toEqual(whole.events);
      }),
      { seed: 4_111, numRuns: 40 },
    );
  });

  it("flushes held-back text into the finishing chunk, or into one chunk before [DONE]", async () => {
    const finishing = await restoreStream([chunk("card [CREDIT_"), chunk("x [EMAIL", "stop"), "data: [DONE]\n\n"]);
    expect(finishing.text.get(0)).toBe("card [CREDIT_x [EMAIL");
    expect(finishing.events).toHaveLength(3);
    const cutShort = await restoreStream([chunk("a [EMAIL_GC", null, 0), chunk("b [EMAIL_GCZW1", null, 1), "data: [DONE]\n\n"]);
    expect([cutShort.text.get(0), cutShort.text.get(1)]).toEqual(["a [EMAIL_GC", "b [EMAIL_GCZW1"]);
    expect(cutShort.events).toHaveLength(4);
    expect(JSON.parse(cutShort.events[2]!.data)).toMatchObject({ id: "cmpl-1", object: "text_completion", choices: [{ index: 0, text: "[EMAIL_GC" }, { index: 1, text: "[EMAIL_GCZW1" }] });
  });

  it("reads every field it does not name, logit_bias keys among them, but not its settings", () => {
    const parsed = openAiCompletionsProtocol.parseRequest({ model: "m", prompt: "p", seed: 4158675309, max_tokens: 5, logit_bias: { "50256": -100 }, x_note: "jane@example.com" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(openAiCompletionsProtocol.textSlots(parsed.request).map((slot) => slot.text)).toEqual(["p", "-100", "50256", "logit_bias", "jane@example.com", "x_note"]);
  });
});
