import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProxyError } from "../../../errors.ts";
import { createRestoreKit } from "../../../proxy/restore-kit.ts";
import { ISSUED_PLACEHOLDERS } from "../../anthropic-messages/__fixtures__/issued-placeholders.ts";
import { createAnthropicMessageStreamRestore } from "../../anthropic-messages/stream-restore.ts";
import type { SseEvent } from "../../shared/sse-decoder.ts";
import { runSseEvents, runSseFixture } from "../__fixtures__/run-sse-fixture.ts";
import { createMessagesStreamFromChat } from "./create-messages-stream-from-chat.ts";

/** A recorded transcript's bytes from `../__fixtures__/`. */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
const lookup = (placeholder: string) => ISSUED_PLACEHOLDERS.get(placeholder);
const kit = createRestoreKit(lookup);

interface Payload {
  type: string;
  index?: number;
  message?: Record<string, unknown>;
  content_block?: { type: string; id?: string; name?: string };
  delta?: { type?: string; text?: string; partial_json?: string; stop_reason?: string };
  usage?: unknown;
  error?: unknown;
}

/** What the Anthropic SDK assembles; checks the event order Anthropic guarantees on the way. */
function assemble(events: SseEvent[]) {
  const blocks: Array<{ type: string; id?: string; name?: string; text: string; json: string; stopped: boolean }> = [];
  const result = { types: [] as string[], blocks, stopReason: undefined as string | undefined, usage: undefined as unknown, error: undefined as unknown, id: undefined as unknown };
  for (const event of events) {
    const payload = JSON.parse(event.data) as Payload;
    expect(event.event).toBe(payload.type);
    result.types.push(payload.type);
    if (payload.type === "message_start") result.id = payload.message?.id;
    if (payload.type === "content_block_start") {
      expect(payload.index).toBe(blocks.length);
      expect(blocks.every((block) => block.stopped)).toBe(true);
      blocks.push({ type: payload.content_block!.type, id: payload.content_block!.id, name: payload.content_block!.name, text: "", json: "", stopped: false });
    }
    if (payload.type === "content_block_delta") {
      const block = blocks[payload.index!]!;
      expect(block.stopped).toBe(false);
      block.text += payload.delta?.text ?? "";
      block.json += payload.delta?.partial_json ?? "";
    }
    if (payload.type === "content_block_stop") blocks[payload.index!]!.stopped = true;
    if (payload.type === "message_delta") [result.stopReason, result.usage] = [payload.delta?.stop_reason, payload.usage];
    if (payload.type === "error") result.error = payload.error;
  }
  return result;
}

const chunk = (delta: Record<string, unknown>, finishReason: string | null = null): SseEvent => ({ data: JSON.stringify({ id: "c1", object: "chat.completion.chunk", model: "m", choices: [{ index: 0, delta, finish_reason: finishReason }] }) });

describe("createMessagesStreamFromChat", () => {
  it("turns a recorded chat stream with text and two tool calls into Messages events, whatever the byte boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const result = assemble(await runSseFixture(fixture("chat-stream-tool-calls.sse"), [createMessagesStreamFromChat()], cuts));
        expect(result.id).toBe("chatcmpl-CdF9xStreAm");
        expect(result.types[0]).toBe("message_start");
        expect(result.types.slice(-2)).toEqual(["message_delta", "message_stop"]);
        expect(result.blocks).toEqual([
          { type: "text", id: undefined, name: undefined, text: "Let me look up [PERSON_0A1B2C]'s record.", json: "", stopped: true },
          { type: "tool_use", id: "call_Nx4Lw2pQ", name: "lookup_customer", text: "", json: '{"ssn": "[US_SSN_7QK2MX]", "note": "line one\\nmail [EMAIL_3RD8ZP]"}', stopped: true },
          { type: "tool_use", id: "call_Rm7Kd1sV", name: "send_email", text: "", json: '{"to":"[EMAIL_3RD8ZP]"}', stopped: true },
        ]);
        expect(result.stopReason).toBe("tool_use");
        expect(result.usage).toEqual({ input_tokens: 100, output_tokens: 40, cache_creation_input_tokens: 0, cache_read_input_tokens: 20 });
      }),
      { seed: 20_261_131, numRuns: 40 },
    );
  });

  it("turns a vendor error frame into an error event and never claims the message is complete", async () => {
    const result = assemble(await runSseFixture(fixture("chat-stream-error.sse"), [createMessagesStreamFromChat()]));
    expect(result.error).toEqual({ type: "api_error", message: "The server had an error while processing your request." });
    expect(result.types).not.toContain("message_stop");
  });

  it("ends the message when the vendor stops after its finish reason without [DONE], and not when it just breaks off", async () => {
    const finished = assemble(await runSseEvents([chunk({ role: "assistant", content: "hi" }), chunk({}, "length")], [createMessagesStreamFromChat()]));
    expect(finished.types.slice(-2)).toEqual(["message_delta", "message_stop"]);
    expect(finished.stopReason).toBe("max_tokens");
    const broken = assemble(await runSseEvents([chunk({ role: "assistant", content: "hi" })], [createMessagesStreamFromChat()]));
    expect(broken.types).not.toContain("message_stop");
  });

  it("fails the stream rather than lose arguments of interleaved tool calls", async () => {
    const call = (index: number, extra: Record<string, unknown>) => chunk({ tool_calls: [{ index, ...extra }] });
    const events = [call(0, { id: "a", type: "function", function: { name: "f", arguments: "" } }), call(1, { id: "b", type: "function", function: { name: "g", arguments: "{}" } }), call(0, { function: { arguments: "{}" } })];
    await expect(runSseEvents(events, [createMessagesStreamFromChat()])).rejects.toThrow(ProxyError);
  });

  it("hands the Messages restorer placeholders it puts back whole, even split across translated deltas", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const restore = createAnthropicMessageStreamRestore(kit);
        const result = assemble(await runSseFixture(fixture("chat-stream-tool-calls.sse"), [createMessagesStreamFromChat(), restore.transform], cuts));
        expect(result.blocks[0]!.text).toBe(`Let me look up ${ISSUED_PLACEHOLDERS.get("[PERSON_0A1B2C]")}'s record.`);
        expect(JSON.parse(result.blocks[1]!.json)).toEqual({ ssn: "536-22-1234", note: "line one\nmail jane.doe@example.com" });
        expect(JSON.parse(result.blocks[2]!.json)).toEqual({ to: "jane.doe@example.com" });
      }),
      { seed: 20_261_132, numRuns: 25 },
    );
  });
});
