import type { EventTransformer } from "../../shared/event-transformer.ts";
import { isJsonObject, type JsonObject } from "../../anthropic-messages/json-value.ts";
import type { SseEvent } from "../../shared/sse-decoder.ts";
import { parseEventData } from "../parse-event-data.ts";
import { chatFinishReason } from "./chat-finish-reason.ts";
import { chatUsage } from "./chat-usage.ts";

/** What a started content block turns into on the chat side. */
type BlockState = { kind: "text" } | { kind: "tool"; toolIndex: number; sentArguments: boolean } | { kind: "ignored" };

/**
 * Anthropic Messages SSE events → `chat.completion.chunk` events, one choice (index 0):
 * `message_start` → a role chunk; text deltas → `delta.content`; a `tool_use` block start
 * → a tool call with its id, name and empty arguments, its `input_json_delta` fragments →
 * that call's `arguments` (tool calls numbered 0, 1… in block order); `message_delta` → a
 * chunk with the finish reason; `message_stop` → the usage chunk when the caller asked for
 * one (`stream_options.include_usage`), then `[DONE]`; an `error` event → an OpenAI error
 * frame. Pings, thinking and server-tool blocks have no chat shape and are left out.
 */
export function createChatStreamFromAnthropic(options: { includeUsage: boolean; now?: () => number }): EventTransformer<SseEvent, SseEvent> {
  const created = Math.floor((options.now ?? Date.now)() / 1000);
  let id = "";
  let model = "";
  let usage: JsonObject = {};
  const blocks = new Map<number, BlockState>();
  let toolCount = 0;

  const frame = (body: JsonObject): SseEvent => ({ data: JSON.stringify({ id, object: "chat.completion.chunk", created, model, ...body }) });
  const chunk = (delta: JsonObject, finishReason: string | null = null): SseEvent => frame({ choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });
  const toolDelta = (toolIndex: number, call: JsonObject): SseEvent => chunk({ tool_calls: [{ index: toolIndex, ...call }] });
  const mergeUsage = (more: unknown): void => {
    if (!isJsonObject(more)) return;
    for (const [key, value] of Object.entries(more)) if (value !== null && value !== undefined) usage[key] = value;
  };

  /** The chat chunks for one content block event, if it carries anything a chat caller reads. */
  const blockEvent = (payload: JsonObject): SseEvent | undefined => {
    const index = typeof payload.index === "number" ? payload.index : 0;
    if (payload.type === "content_block_start") {
      const block = isJsonObject(payload.content_block) ? payload.content_block : {};
      if (block.type === "text") {
        blocks.set(index, { kind: "text" });
        return typeof block.text === "string" && block.text !== "" ? chunk({ content: block.text }) : undefined;
      }
      if (block.type !== "tool_use") {
        blocks.set(index, { kind: "ignored" });
        return undefined;
      }
      // A streamed tool_use block starts with `input: {}`; input it already holds is sent as the first arguments.
      const input = isJsonObject(block.input) && Object.keys(block.input).length > 0 ? JSON.stringify(block.input) : "";
      const state = { kind: "tool", toolIndex: toolCount++, sentArguments: input !== "" } as const;
      blocks.set(index, state);
      return toolDelta(state.toolIndex, { id: block.id, type: "function", function: { name: block.name, arguments: input } });
    }
    const state = blocks.get(index);
    if (payload.type === "content_block_stop") {
      blocks.delete(index);
      // Arguments are JSON source: a tool called without any must still parse.
      return state?.kind === "tool" && !state.sentArguments ? toolDelta(state.toolIndex, { function: { arguments: "{}" } }) : undefined;
    }
    const delta = isJsonObject(payload.delta) ? payload.delta : {};
    if (delta.type === "text_delta" && typeof delta.text === "string" && delta.text !== "" && state?.kind !== "ignored") return chunk({ content: delta.text });
    if (delta.type === "input_json_delta" && state?.kind === "tool" && typeof delta.partial_json === "string" && delta.partial_json !== "") {
      state.sentArguments = true;
      return toolDelta(state.toolIndex, { function: { arguments: delta.partial_json } });
    }
    return undefined;
  };

  return {
    transform(event, controller) {
      const payload = parseEventData(event);
      if (!payload) return;
      switch (payload.type) {
        case "message_start": {
          const message = isJsonObject(payload.message) ? payload.message : {};
          id = typeof message.id === "string" ? message.id : "";
          model = typeof message.model === "string" ? message.model : "";
          mergeUsage(message.usage);
          controller.enqueue(chunk({ role: "assistant", content: "" }));
          return;
        }
        case "content_block_start":
        case "content_block_delta":
        case "content_block_stop": {
          const translatedEvent = blockEvent(payload);
          if (translatedEvent) controller.enqueue(translatedEvent);
          return;
        }
        case "message_delta":
          mergeUsage(payload.usage);
          controller.enqueue(chunk({}, chatFinishReason(isJsonObject(payload.delta) ? payload.delta.stop_reason : undefined)));
          return;
        case "message_stop":
          if (options.includeUsage) controller.enqueue(frame({ choices: [], usage: chatUsage(usage) }));
          controller.enqueue({ data: "[DONE]" });
          return;
        case "error": {
          const error = isJsonObject(payload.error) ? payload.error : {};
          const message = typeof error.message === "string" ? error.message : "The vendor's stream failed.";
          controller.enqueue({ data: JSON.stringify({ error: { message, type: typeof error.type === "string" ? error.type : "api_error", param: null, code: null } }) });
          return;
        }
        default:
        // `ping` and events this translation does not know carry nothing a chat caller reads.
      }
    },
  };
}
