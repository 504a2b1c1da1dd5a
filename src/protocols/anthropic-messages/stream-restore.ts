import type { EventSink, EventTransformer } from "../shared/event-transformer.ts";
import type { SseEvent } from "../shared/sse-decoder.ts";
import type { RestoreKit, StreamRestore, StreamRestoreStep } from "../types.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";
import { restoreCitation, restoreContentBlock } from "./restore-content-block.ts";
import { restoreAnthropicMessage } from "./restore-response.ts";

/** The two deltas that carry text we restore, and the field each keeps it in. */
const RESTORED_DELTAS = { text_delta: "text", input_json_delta: "partial_json" } as const;
type RestoredDelta = keyof typeof RESTORED_DELTAS;

/** One content block's restorer and the text it received as the vendor sent it. */
interface BlockState {
  readonly index: number;
  readonly deltaType: RestoredDelta;
  readonly restorer: StreamRestore;
  readonly received: string[];
}

const isRestoredDelta = (type: unknown): type is RestoredDelta => type === "text_delta" || type === "input_json_delta";

/**
 * Restores an Anthropic Messages SSE stream event by event. Each content block gets its
 * own restorer: text deltas restore as text, `input_json_delta` fragments as partial JSON
 * source ("json-string", so a value is inserted escaped), so a placeholder split anywhere,
 * even inside a JSON string of a tool's input, is put back whole. Whatever a block's
 * restorer still holds goes out in one extra delta of the same type right before that
 * block's `content_block_stop`, and for blocks never stopped, before `message_stop` or
 * at the end of the stream.
 *
 * `thinking_delta` and `signature_delta` pass through untouched: the signature covers the
 * exact thinking text, and the client must be able to send the block back unchanged.
 */
export function createAnthropicMessageStreamRestore(kit: RestoreKit): StreamRestoreStep {
  const blocks = new Map<string, BlockState>();
  const transcript: string[] = [];

  // Text blocks share one restorer, flushed at each block's end: clients join a message's
  // text blocks, so a URL opened in one stays a URL in the next, as in the JSON path.
  const text = kit.createStream("text");
  const stateOf = (index: number, deltaType: RestoredDelta): BlockState => {
    const key = `${index}:${deltaType}`;
    let state = blocks.get(key);
    if (!state) {
      state = { index, deltaType, restorer: deltaType === "text_delta" ? text : kit.createStream("json-string"), received: [] };
      blocks.set(key, state);
    }
    return state;
  };

  /** Sends what `state` still holds as one more delta, and forgets the block. */
  const flushBlock = (state: BlockState, controller: EventSink<SseEvent>): void => {
    blocks.delete(`${state.index}:${state.deltaType}`);
    transcript.push(state.received.join(""));
    const held = state.restorer.flush();
    if (!held) return;
    const delta = { type: state.deltaType, [RESTORED_DELTAS[state.deltaType]]: held };
    controller.enqueue({ event: "content_block_delta", data: JSON.stringify({ type: "content_block_delta", index: state.index, delta }) });
  };
  const flushWhere = (controller: EventSink<SseEvent>, matches: (state: BlockState) => boolean): void => {
    for (const state of [...blocks.values()].sort((left, right) => left.index - right.index)) {
      if (matches(state)) flushBlock(state, controller);
    }
  };

  /** Restores one parsed event in place; false when nothing in it is ours to change. */
  const restoreEvent = (payload: JsonObject): boolean => {
    const index = typeof payload.index === "number" ? payload.index : 0;
    if (payload.type === "content_block_delta" && isJsonObject(payload.delta)) {
      const delta = payload.delta;
      if (isRestoredDelta(delta.type)) {
        const field = RESTORED_DELTAS[delta.type];
        const piece = delta[field];
        if (typeof piece !== "string") return false;
        const state = stateOf(index, delta.type);
        state.received.push(piece);
        delta[field] = state.restorer.push(piece);
        return true;
      }
      if (delta.type === "citations_delta") restoreCitation(delta.citation, kit);
      return delta.type === "citations_delta";
    }
    if (payload.type === "content_block_start" && isJsonObject(payload.content_block)) {
      const block = payload.content_block;
      // A start block normally arrives empty (`text: ""`, `input: {}`). Text it does hold
      // starts the block's stream, since a placeholder might continue in the first delta.
      if (block.type === "text" && typeof block.text === "string" && block.text !== "") {
        const state = stateOf(index, "text_delta");
        state.received.push(block.text);
        block.text = state.restorer.push(block.text);
        return true;
      }
      const sent = restoreContentBlock(block, kit);
      return sent !== "" && sent !== "{}";
    }
    if (payload.type === "message_start" && isJsonObject(payload.message)) {
      const sent = restoreAnthropicMessage(payload.message, kit);
      if (sent) transcript.push(sent);
      return sent !== "";
    }
    return false;
  };

  const transform: EventTransformer<SseEvent, SseEvent> = {
    transform(event, controller) {
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        // Not JSON: nothing we could restore, and nothing in it came from our vault.
        controller.enqueue(event);
        return;
      }
      if (!isJsonObject(payload)) {
        controller.enqueue(event);
        return;
      }
      if (payload.type === "content_block_stop") flushWhere(controller, (state) => state.index === payload.index);
      if (payload.type === "message_stop") flushWhere(controller, () => true);
      controller.enqueue(restoreEvent(payload) ? { ...event, data: JSON.stringify(payload) } : event);
    },
    flush(controller) {
      flushWhere(controller, () => true);
    },
  };

  return { transform, transcript: () => transcript.filter(Boolean).join("\n") };
}
