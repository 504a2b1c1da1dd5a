import { leafSlots } from "../shared/leaf-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { CompletionRequest } from "./request-schema.ts";

/** Every string of a completions request the vendor reads: each prompt, `suffix`, `user` and the `stop` sequences. */
export function completionTextSlots(request: CompletionRequest): TextSlot[] {
  const slots = [slotAt(request, "suffix"), slotAt(request, "user"), ...leafSlots(request, "stop")];
  const prompt = request.prompt;
  if (typeof prompt === "string") {
    slots.push(slotAt(request, "prompt"));
  } else if (Array.isArray(prompt)) {
    prompt.forEach((_, index) => slots.push(slotAt(prompt, index)));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
