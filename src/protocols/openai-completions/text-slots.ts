import type { TextSlot } from "../types.ts";
import type { CompletionRequest } from "./request-schema.ts";

/** A slot for `text` when it is non-empty text, written back through `write`. */
function slotOf(text: unknown, write: (next: string) => void): TextSlot | undefined {
  if (typeof text !== "string" || text.length === 0) return undefined;
  return { text, encoding: "text", write };
}

/** Every string of a completions request the vendor reads: each prompt, `suffix` and `user`. */
export function completionTextSlots(request: CompletionRequest): TextSlot[] {
  const slots = [slotOf(request.suffix, (next) => (request.suffix = next)), slotOf(request.user, (next) => (request.user = next))];
  const prompt = request.prompt;
  if (typeof prompt === "string") {
    slots.push(slotOf(prompt, (next) => (request.prompt = next)));
  } else if (Array.isArray(prompt)) {
    prompt.forEach((text, index) => slots.push(slotOf(text, (next) => (prompt[index] = next))));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
