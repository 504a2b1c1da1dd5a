import type { RestoreKit, StreamRestore } from "../types.ts";
import type { JsonRecord } from "../shared/json-record.ts";

/** A text the Responses API streams in deltas: message text, a refusal, or call arguments. */
export type StreamedPartKind = "output_text" | "refusal" | "arguments";

const DELTA_EVENT_TYPE: Record<StreamedPartKind, string> = {
  output_text: "response.output_text.delta",
  refusal: "response.refusal.delta",
  arguments: "response.function_call_arguments.delta",
};

interface PartState {
  readonly kind: StreamedPartKind;
  readonly outputIndex: number;
  /** Absent for function-call arguments, which belong to a whole output item. */
  readonly contentIndex: number | undefined;
  readonly restorer: StreamRestore;
  itemId: unknown;
  transcript: string;
}

/** Which parts a flush applies to; an absent field matches every part. */
export interface PartMatch {
  kind?: StreamedPartKind;
  outputIndex?: number;
  contentIndex?: number;
}

/** The stream restorers of one Responses stream, one per streamed part. */
export interface PartRestorers {
  /** Restores a delta event's `delta` in place, with the restorer of the part it belongs to. */
  pushDelta(kind: StreamedPartKind, event: JsonRecord): void;
  /** Notes the vendor's full text of a part, from its `.done` event, for the transcript. */
  noteFullText(kind: StreamedPartKind, event: JsonRecord, text: unknown): void;
  /** Empties the matching parts' restorers: what they held, as delta events still to send. */
  flush(match: PartMatch): JsonRecord[];
  /** Each part's text as the vendor sent it (placeholders only), one line per part. */
  transcript(): string;
}

const indexOf = (value: unknown): number => (typeof value === "number" ? value : 0);

/**
 * Creates the per-part restorers of a Responses stream: message text and refusals keyed
 * by (output_index, content_index), function-call arguments by output_index and restored
 * JSON-escaped. Each part keeps its own hold-back, so a placeholder split over deltas is
 * restored whole and parts never mix.
 */
export function createPartRestorers(kit: RestoreKit): PartRestorers {
  const parts = new Map<string, PartState>();

  const stateOf = (kind: StreamedPartKind, event: JsonRecord): PartState => {
    const outputIndex = indexOf(event.output_index);
    const contentIndex = kind === "arguments" ? undefined : indexOf(event.content_index);
    const key = `${kind}/${outputIndex}/${contentIndex ?? ""}`;
    let state = parts.get(key);
    if (!state) {
      const encoding = kind === "arguments" ? "json-string" : "text";
      state = { kind, outputIndex, contentIndex, restorer: kit.createStream(encoding), itemId: event.item_id, transcript: "" };
      parts.set(key, state);
    }
    if (event.item_id !== undefined) state.itemId = event.item_id;
    return state;
  };

  const matches = (state: PartState, match: PartMatch): boolean =>
    (match.kind === undefined || match.kind === state.kind) &&
    (match.outputIndex === undefined || match.outputIndex === state.outputIndex) &&
    (match.contentIndex === undefined || match.contentIndex === state.contentIndex);

  return {
    pushDelta(kind, event) {
      if (typeof event.delta !== "string") return;
      const state = stateOf(kind, event);
      state.transcript += event.delta;
      event.delta = state.restorer.push(event.delta);
    },
    noteFullText(kind, event, text) {
      if (typeof text === "string") stateOf(kind, event).transcript = text;
    },
    flush(match) {
      const events: JsonRecord[] = [];
      for (const state of parts.values()) {
        if (!matches(state, match)) continue;
        const held = state.restorer.flush();
        if (!held) continue;
        const event: JsonRecord = { type: DELTA_EVENT_TYPE[state.kind], item_id: state.itemId, output_index: state.outputIndex };
        if (state.contentIndex !== undefined) event.content_index = state.contentIndex;
        event.delta = held;
        if (state.kind === "output_text") event.logprobs = [];
        events.push(event);
      }
      return events;
    },
    transcript: () => [...parts.values()].map((state) => state.transcript).filter(Boolean).join("\n"),
  };
}
