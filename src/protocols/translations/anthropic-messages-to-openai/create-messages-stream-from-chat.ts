import type { EventSink, EventTransformer } from "../../shared/event-transformer.ts";
import { ProxyError } from "../../../errors.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import type { SseEvent } from "../../shared/sse-decoder.ts";
import { parseEventData } from "../parse-event-data.ts";
import { anthropicStopReason } from "./anthropic-stop-reason.ts";
import { anthropicUsage } from "./anthropic-usage.ts";

/** The content block being streamed: text, or the tool call with this chat index. */
type OpenBlock = { index: number; kind: "text" } | { index: number; kind: "tool"; toolIndex: number };

/**
 * `chat.completion.chunk` events (first choice) → Anthropic Messages SSE events: the first
 * chunk → `message_start`; `delta.content` (and `delta.refusal`) → a text block's
 * `text_delta`s; each new tool call → a `tool_use` block with its id and name, its
 * `arguments` fragments → `input_json_delta`s. Blocks are numbered in the order they open
 * and each is stopped before the next opens, as Anthropic streams them. `[DONE]` → a
 * `message_delta` with the stop reason and usage (the translated request asked for the
 * usage chunk), then `message_stop`; an OpenAI error frame → an `error` event.
 *
 * Arguments for a tool call whose block was already stopped (interleaved calls, which no
 * Messages stream can express) fail the stream rather than being lost.
 */
export function createMessagesStreamFromChat(): EventTransformer<SseEvent, SseEvent> {
  let started = false;
  let ended = false;
  let nextIndex = 0;
  let open: OpenBlock | undefined;
  const toolBlocks = new Map<number, number>();
  let stopReason: string | undefined;
  let usage: unknown;

  let output: EventSink<SseEvent>;
  const send = (type: string, payload: JsonObject = {}): void => output.enqueue({ event: type, data: JSON.stringify({ type, ...payload }) });
  const start = (chunk: JsonObject): void => {
    if (started) return;
    started = true;
    const message = { id: chunk.id ?? "", type: "message", role: "assistant", model: chunk.model ?? "", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } };
    send("message_start", { message });
  };
  const close = (): void => {
    if (open) send("content_block_stop", { index: open.index });
    open = undefined;
  };
  const openText = (): number => {
    if (open?.kind === "text") return open.index;
    close();
    open = { index: nextIndex++, kind: "text" };
    send("content_block_start", { index: open.index, content_block: { type: "text", text: "" } });
    return open.index;
  };
  const toolCall = (call: JsonObject): void => {
    const toolIndex = typeof call.index === "number" ? call.index : 0;
    const fn = isJsonObject(call.function) ? call.function : {};
    if (!toolBlocks.has(toolIndex)) {
      close();
      open = { index: nextIndex++, kind: "tool", toolIndex };
      toolBlocks.set(toolIndex, open.index);
      send("content_block_start", { index: open.index, content_block: { type: "tool_use", id: call.id ?? "", name: fn.name ?? "", input: {} } });
    } else if (open?.kind !== "tool" || open.toolIndex !== toolIndex) {
      throw new ProxyError("vendor_error", "The OpenAI-protocol vendor interleaved tool calls, which a Messages stream cannot carry.");
    }
    if (typeof fn.arguments === "string" && fn.arguments !== "") {
      send("content_block_delta", { index: toolBlocks.get(toolIndex), delta: { type: "input_json_delta", partial_json: fn.arguments } });
    }
  };
  const finish = (): void => {
    ended = true;
    start({});
    close();
    send("message_delta", { delta: { stop_reason: stopReason ?? "end_turn", stop_sequence: null }, usage: anthropicUsage(usage) });
    send("message_stop");
  };
  const translateChunk = (chunk: JsonObject): void => {
    if (isJsonObject(chunk.error)) {
      ended = true;
      const message = typeof chunk.error.message === "string" ? chunk.error.message : "The vendor's stream failed.";
      return send("error", { error: { type: "api_error", message } });
    }
    start(chunk);
    if (isJsonObject(chunk.usage)) usage = chunk.usage;
    const choice = Array.isArray(chunk.choices) ? chunk.choices.find((candidate) => isJsonObject(candidate) && (candidate.index ?? 0) === 0) : undefined;
    if (!isJsonObject(choice)) return;
    const delta = isJsonObject(choice.delta) ? choice.delta : {};
    for (const text of [delta.content, delta.refusal]) {
      if (typeof text === "string" && text !== "") send("content_block_delta", { index: openText(), delta: { type: "text_delta", text } });
    }
    if (typeof delta.refusal === "string" && delta.refusal !== "") stopReason = "refusal";
    for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) if (isJsonObject(call)) toolCall(call);
    if (typeof choice.finish_reason === "string") {
      stopReason ??= anthropicStopReason(choice.finish_reason);
      close();
    }
  };

  return {
    transform(event, controller) {
      output = controller;
      if (ended) return;
      if (event.data === "[DONE]") return finish();
      const chunk = parseEventData(event);
      if (chunk) translateChunk(chunk);
    },
    flush(controller) {
      output = controller;
      // A vendor that ends the stream after its finish reason without `[DONE]` still ends the message.
      if (!ended && stopReason !== undefined) finish();
    },
  };
}
