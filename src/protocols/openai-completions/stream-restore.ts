import { createChoiceStreamTransformer } from "../shared/create-choice-stream-transformer.ts";
import type { RestoreKit, StreamRestore, StreamRestoreStep } from "../types.ts";

type Json = Record<string, unknown>;

interface ChoiceState {
  restorer: StreamRestore;
  transcript: string;
}

/**
 * Restores a legacy completions SSE stream (`text_completion` chunks, then `[DONE]`) chunk
 * by chunk, with one stream restorer per choice, so a placeholder split across chunks is
 * put back whole. Whatever a restorer still holds goes into the chunk that carries the
 * choice's `finish_reason`, or into one extra chunk before `[DONE]`.
 */
export function createCompletionStreamRestore(kit: RestoreKit): StreamRestoreStep {
  const choices = new Map<number, ChoiceState>();

  const stateOf = (index: number): ChoiceState => {
    let state = choices.get(index);
    if (!state) choices.set(index, (state = { restorer: kit.createStream("text"), transcript: "" }));
    return state;
  };

  const transform = createChoiceStreamTransformer({
    identityFields: ["id", "object", "created", "model"],
    restoreChoice(choice) {
      const state = stateOf(typeof choice.index === "number" ? choice.index : 0);
      const original = typeof choice.text === "string" ? choice.text : "";
      state.transcript += original;
      let text = state.restorer.push(original);
      if (choice.finish_reason != null) text += state.restorer.flush();
      if (text === original) return false;
      choice.text = text;
      return true;
    },
    heldChoices() {
      const held: Json[] = [];
      for (const [index, state] of choices) {
        const text = state.restorer.flush();
        if (text) held.push({ text, index, logprobs: null, finish_reason: null });
      }
      return held;
    },
  });

  return {
    transform,
    transcript: () => [...choices.values()].map((state) => state.transcript).filter(Boolean).join("\n"),
  };
}
