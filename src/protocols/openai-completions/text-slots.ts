import { unnamedFieldSlots } from "../shared/unnamed-field-slots.ts";
import { leafSlots } from "../shared/leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { CompletionRequest } from "./request-schema.ts";

/** Fields read by name below, and settings that hold a model, numbers or switches. */
const SKIPPED: ReadonlySet<string> = new Set([
  "prompt", "suffix", "user", "stop",
  "model", "stream", "stream_options", "temperature", "top_p", "n", "max_tokens", "presence_penalty",
  "frequency_penalty", "seed", "logprobs", "best_of", "echo",
]);

/**
 * Every string of a completions request the vendor reads: each prompt, `suffix`, `user` and
 * the `stop` sequences; then every other field but settings, leaf by leaf, `logit_bias`
 * keys among them (token ids: nothing is found in them, but nothing goes unread).
 */
export function completionTextSlots(request: CompletionRequest): TextSlot[] {
  const slots = [slotAt(request, "suffix"), slotAt(request, "user"), ...leafSlots(request, "stop")];
  const prompt = request.prompt;
  if (typeof prompt === "string") {
    slots.push(slotAt(request, "prompt"));
  } else if (Array.isArray(prompt)) {
    prompt.forEach((_, index) => slots.push(slotAt(prompt, index)));
  }
  slots.push(...unnamedFieldSlots(request, SKIPPED));
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
