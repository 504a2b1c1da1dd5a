import type { EventSink, EventTransformer } from "../shared/event-transformer.ts";
import type { SseEvent } from "../shared/sse-decoder.ts";
import type { RestoreEncoding, RestoreKit, StreamRestoreStep } from "../types.ts";
import { isRecord, type JsonRecord } from "../shared/json-record.ts";
import { restoreField, restoreOutputItem, restoreOutputPart } from "./restore-output-item.ts";
import { restoreResponsesAnswer } from "./restore-response.ts";
import { createPartRestorers, type PartMatch, type StreamedPartKind } from "./stream-part-restorers.ts";

type Controller = EventSink<SseEvent>;

/** `.done` events that carry a part's full text: its kind, field and encoding. */
const DONE_EVENTS = new Map<string, { kind: StreamedPartKind; field: string; encoding: RestoreEncoding }>([
  ["response.output_text.done", { kind: "output_text", field: "text", encoding: "text" }],
  ["response.refusal.done", { kind: "refusal", field: "refusal", encoding: "text" }],
  ["response.function_call_arguments.done", { kind: "arguments", field: "arguments", encoding: "json-string" }],
]);

/** Delta events and the part they extend. (Maps, so a vendor's `type` never reaches Object.prototype.) */
const DELTA_EVENTS = new Map<string, StreamedPartKind>([
  ["response.output_text.delta", "output_text"],
  ["response.refusal.delta", "refusal"],
  ["response.function_call_arguments.delta", "arguments"],
]);

const RESPONSE_EVENTS = new Set(["response.created", "response.queued", "response.in_progress"]);
const FINAL_RESPONSE_EVENTS = new Set(["response.completed", "response.incomplete", "response.failed"]);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Restores a Responses SSE stream event by event. Deltas go through a stream restorer per
 * part (see `createPartRestorers`); events that carry full texts (`.done` events, output
 * items, content parts, and the `response` object of lifecycle events) are restored whole,
 * which gives the same text the deltas add up to. Before a `.done`, `output_item.done` or
 * final event, whatever a part's restorer still holds is sent as one extra delta event, so
 * the deltas a client concatenates always equal the done text. Inserted events take the
 * next `sequence_number` and the vendor's later events are shifted up, so numbers stay
 * strictly increasing. Every event goes out named after its `type`.
 */
export function createResponsesStreamRestore(kit: RestoreKit): StreamRestoreStep {
  const parts = createPartRestorers(kit);
  let insertedCount = 0;
  let lastSequence: number | undefined;

  const send = (controller: Controller, payload: JsonRecord, original?: SseEvent): void => {
    controller.enqueue({ ...original, event: original?.event ?? String(payload.type), data: JSON.stringify(payload) });
  };

  /** Sends what the matching parts hold back, as delta events numbered in sequence. */
  const sendHeld = (controller: Controller, match: PartMatch): void => {
    for (const delta of parts.flush(match)) {
      const { type, ...rest } = delta;
      if (lastSequence === undefined) {
        send(controller, delta);
        continue;
      }
      lastSequence += 1;
      insertedCount += 1;
      send(controller, { type, sequence_number: lastSequence, ...rest });
    }
  };

  const restoreEvent = (controller: Controller, type: string, payload: JsonRecord): void => {
    const outputIndex = typeof payload.output_index === "number" ? payload.output_index : 0;
    const deltaKind = DELTA_EVENTS.get(type);
    const done = DONE_EVENTS.get(type);
    if (deltaKind) {
      parts.pushDelta(deltaKind, payload);
    } else if (done) {
      const contentIndex = done.kind === "arguments" ? undefined : payload.content_index;
      sendHeld(controller, { kind: done.kind, outputIndex, contentIndex: typeof contentIndex === "number" ? contentIndex : undefined });
      parts.noteFullText(done.kind, payload, payload[done.field]);
      restoreField(payload, done.field, kit, done.encoding);
    } else if (type === "response.content_part.added" || type === "response.content_part.done") {
      if (type.endsWith(".done") && typeof payload.content_index === "number") sendHeld(controller, { outputIndex, contentIndex: payload.content_index });
      restoreOutputPart(payload.part, kit);
    } else if (type === "response.output_item.added" || type === "response.output_item.done") {
      if (type.endsWith(".done")) sendHeld(controller, { outputIndex });
      restoreOutputItem(payload.item, kit);
    } else if (RESPONSE_EVENTS.has(type) || FINAL_RESPONSE_EVENTS.has(type)) {
      if (FINAL_RESPONSE_EVENTS.has(type)) sendHeld(controller, {});
      restoreResponsesAnswer(payload.response, kit);
    }
  };

  const transform: EventTransformer<SseEvent, SseEvent> = {
    transform(event, controller) {
      const payload = parseJson(event.data);
      if (!isRecord(payload) || typeof payload.type !== "string") {
        // Not a Responses event: nothing we could restore, and nothing in it came from our vault.
        controller.enqueue(event);
        return;
      }
      restoreEvent(controller, payload.type, payload);
      if (typeof payload.sequence_number === "number") {
        payload.sequence_number += insertedCount;
        lastSequence = payload.sequence_number;
      }
      send(controller, payload, event);
    },
    flush(controller) {
      // A stream cut short of its final event still gets every character back.
      sendHeld(controller, {});
    },
  };

  return { transform, transcript: () => parts.transcript() };
}
