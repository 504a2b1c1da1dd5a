import { createChoiceStreamTransformer } from "../shared/create-choice-stream-transformer.ts";
import type { RestoreKit, StreamRestore, StreamRestoreStep } from "../types.ts";
import { isRecord } from "../shared/json-record.ts";

type Json = Record<string, unknown>;

/** The restorers of one choice: its content, its refusal, and each tool call's arguments. */
interface ChoiceState {
  content: StreamRestore;
  refusal: StreamRestore;
  toolArguments: Map<number, StreamRestore>;
  transcript: string[];
}

/**
 * Restores a chat-completion SSE stream chunk by chunk. Each choice's content and each
 * tool call's arguments get their own restorer, so a placeholder split across chunks is
 * put back whole; whatever a restorer still holds is flushed into the chunk that carries
 * the choice's `finish_reason`, or into one extra chunk before `[DONE]`.
 */
export function createChatCompletionStreamRestore(kit: RestoreKit): StreamRestoreStep {
  const choices = new Map<number, ChoiceState>();

  const stateOf = (index: number): ChoiceState => {
    let state = choices.get(index);
    if (!state) {
      state = { content: kit.createStream("text"), refusal: kit.createStream("text"), toolArguments: new Map(), transcript: [] };
      choices.set(index, state);
    }
    return state;
  };

  /** Restores one delta in place; true if anything in it changed. */
  const restoreDelta = (state: ChoiceState, delta: Json): boolean => {
    let changed = false;
    if (typeof delta.content === "string") {
      state.transcript.push(delta.content);
      const restored = state.content.push(delta.content);
      changed ||= restored !== delta.content;
      delta.content = restored;
    }
    if (typeof delta.refusal === "string") {
      const restored = state.refusal.push(delta.refusal);
      changed ||= restored !== delta.refusal;
      delta.refusal = restored;
    }
    for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
      if (!isRecord(call) || !isRecord(call.function) || typeof call.function.arguments !== "string") continue;
      const index = typeof call.index === "number" ? call.index : 0;
      let restorer = state.toolArguments.get(index);
      if (!restorer) state.toolArguments.set(index, (restorer = kit.createStream("json-string")));
      state.transcript.push(call.function.arguments);
      const restored = restorer.push(call.function.arguments);
      changed ||= restored !== call.function.arguments;
      call.function.arguments = restored;
    }
    return changed;
  };

  /** Moves every held-back character of a choice into `delta`; true if there was any. */
  const flushInto = (state: ChoiceState, delta: Json): boolean => {
    const content = state.content.flush();
    const refusal = state.refusal.flush();
    if (content) delta.content = (typeof delta.content === "string" ? delta.content : "") + content;
    if (refusal) delta.refusal = (typeof delta.refusal === "string" ? delta.refusal : "") + refusal;
    const calls: Json[] = Array.isArray(delta.tool_calls) ? (delta.tool_calls as Json[]) : [];
    let flushedArguments = false;
    for (const [index, restorer] of state.toolArguments) {
      const held = restorer.flush();
      if (!held) continue;
      flushedArguments = true;
      const existing = calls.find((call) => call.index === index && isRecord(call.function));
      if (existing && isRecord(existing.function)) {
        existing.function.arguments = String(existing.function.arguments ?? "") + held;
      } else {
        calls.push({ index, function: { arguments: held } });
      }
    }
    if (flushedArguments) delta.tool_calls = calls;
    return Boolean(content || refusal || flushedArguments);
  };

  const transform = createChoiceStreamTransformer({
    identityFields: ["id", "object", "created", "model", "system_fingerprint"],
    restoreChoice(choice) {
      const state = stateOf(typeof choice.index === "number" ? choice.index : 0);
      let changed = false;
      if (!isRecord(choice.delta)) {
        choice.delta = {};
        changed = true;
      }
      const delta = choice.delta as Json;
      if (restoreDelta(state, delta)) changed = true;
      if (choice.finish_reason != null && flushInto(state, delta)) changed = true;
      return changed;
    },
    heldChoices() {
      const held: Json[] = [];
      for (const [index, state] of choices) {
        const delta: Json = {};
        if (flushInto(state, delta)) held.push({ index, delta, finish_reason: null });
      }
      return held;
    },
  });

  return {
    transform,
    transcript: () =>
      [...choices.values()].map((state) => state.transcript.join("")).filter(Boolean).join("\n"),
  };
}
