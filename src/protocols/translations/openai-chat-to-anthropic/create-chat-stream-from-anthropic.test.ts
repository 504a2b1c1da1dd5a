import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRestoreKit } from "../../../proxy/restore-kit.ts";
import { ISSUED_PLACEHOLDERS } from "../../anthropic-messages/__fixtures__/issued-placeholders.ts";
import { createChatCompletionStreamRestore } from "../../openai-chat/stream-restore.ts";
import type { SseEvent } from "../../shared/sse-decoder.ts";
import { runSseEvents, runSseFixture } from "../__fixtures__/run-sse-fixture.ts";
import { createChatStreamFromAnthropic } from "./create-chat-stream-from-anthropic.ts";

/** A recorded transcript's bytes from `../__fixtures__/`. */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
const lookup = (placeholder: string) => ISSUED_PLACEHOLDERS.get(placeholder);
const kit = createRestoreKit(lookup);
const now = () => 1_764_000_000_000;

interface ChatChunk {
  id?: string;
  object?: string;
  choices?: Array<{ delta: { role?: string; content?: string; tool_calls?: Array<{ index: number; id?: string; type?: string; function: { name?: string; arguments?: string } }> }; finish_reason: string | null }>;
  usage?: unknown;
  error?: { message: string; type: string };
}

/** What an OpenAI client assembles from the chunks; fails on anything after `[DONE]`. */
function assemble(events: SseEvent[]) {
  const result = { role: "", content: "", calls: [] as Array<{ id?: string; type?: string; name?: string; arguments: string }>, finishReason: null as string | null, usage: undefined as unknown, done: false, errors: [] as unknown[] };
  for (const event of events) {
    expect(result.done).toBe(false);
    expect(event.event).toBeUndefined();
    if (event.data === "[DONE]") {
      result.done = true;
      continue;
    }
    const chunk = JSON.parse(event.data) as ChatChunk;
    if (chunk.error) result.errors.push(chunk.error);
    if (chunk.usage) result.usage = chunk.usage;
    for (const choice of chunk.choices ?? []) {
      result.role ||= choice.delta.role ?? "";
      result.content += choice.delta.content ?? "";
      result.finishReason = choice.finish_reason ?? result.finishReason;
      for (const call of choice.delta.tool_calls ?? []) {
        const assembled = (result.calls[call.index] ??= { arguments: "" });
        assembled.id ??= call.id;
        assembled.type ??= call.type;
        assembled.name ??= call.function.name;
        assembled.arguments += call.function.arguments ?? "";
      }
    }
  }
  return result;
}

describe("createChatStreamFromAnthropic", () => {
  it("turns a recorded tool_use stream into chat chunks, whatever the byte boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const events = await runSseFixture(fixture("anthropic-stream-tool-use.sse"), [createChatStreamFromAnthropic({ includeUsage: true, now })], cuts);
        const first = JSON.parse(events[0]!.data) as ChatChunk;
        expect(first).toMatchObject({ id: "msg_014p7gG3wDgGV9EUtLvnow3U", object: "chat.completion.chunk", choices: [{ delta: { role: "assistant", content: "" } }] });
        const result = assemble(events);
        expect(result.content).toBe("Let me look up [PERSON_0A1B2C]'s record.");
        expect(result.calls).toEqual([{ id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6", type: "function", name: "lookup_customer", arguments: '{"ssn": "[US_SSN_7QK2MX]", "holder": "[PERSON_0A1B2C]", "note": "line one\\nmail [EMAIL_3RD8ZP]"}' }]);
        expect(result.finishReason).toBe("tool_calls");
        expect(result.usage).toEqual({ prompt_tokens: 472, completion_tokens: 89, total_tokens: 561 });
        expect(result.done).toBe(true);
        expect(JSON.parse(events.at(-2)!.data)).toMatchObject({ choices: [], usage: { total_tokens: 561 } });
      }),
      { seed: 20_261_129, numRuns: 40 },
    );
  });

  it("sends no usage chunk unless the caller asked for one", async () => {
    const events = await runSseFixture(fixture("anthropic-stream-tool-use.sse"), [createChatStreamFromAnthropic({ includeUsage: false, now })]);
    expect(events.filter((event) => event.data.includes('"usage"'))).toEqual([]);
    expect(JSON.parse(events.at(-2)!.data)).toMatchObject({ choices: [{ delta: {}, finish_reason: "tool_calls" }] });
  });

  it("sends '{}' as the arguments of a tool called without any, so they parse", async () => {
    const input: SseEvent[] = [
      { event: "content_block_start", data: JSON.stringify({ type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "t", name: "ping", input: {} } }) },
      { event: "content_block_delta", data: JSON.stringify({ type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: "" } }) },
      { event: "content_block_stop", data: JSON.stringify({ type: "content_block_stop", index: 0 }) },
    ];
    const output = await runSseEvents(input, [createChatStreamFromAnthropic({ includeUsage: false, now })]);
    expect(assemble(output).calls).toEqual([{ id: "t", type: "function", name: "ping", arguments: "{}" }]);
  });

  it("turns a vendor error event into an OpenAI error frame and sends no [DONE]", async () => {
    const result = assemble(await runSseFixture(fixture("anthropic-stream-error.sse"), [createChatStreamFromAnthropic({ includeUsage: true, now })]));
    expect(result.errors).toEqual([{ message: "Overloaded", type: "overloaded_error", param: null, code: null }]);
    expect(result.done).toBe(false);
  });

  it("hands the chat restorer placeholders it puts back whole, even split across translated chunks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const restore = createChatCompletionStreamRestore(kit);
        const result = assemble(await runSseFixture(fixture("anthropic-stream-tool-use.sse"), [createChatStreamFromAnthropic({ includeUsage: false, now }), restore.transform], cuts));
        expect(result.content).toBe(`Let me look up ${ISSUED_PLACEHOLDERS.get("[PERSON_0A1B2C]")}'s record.`);
        expect(JSON.parse(result.calls[0]!.arguments)).toEqual({ ssn: "536-22-1234", holder: 'Jane "JD" O\\Doe', note: "line one\nmail jane.doe@example.com" });
      }),
      { seed: 20_261_130, numRuns: 25 },
    );
  });
});
