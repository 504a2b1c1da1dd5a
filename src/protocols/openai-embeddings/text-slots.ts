import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { EmbeddingsRequest } from "./request-schema.ts";

/** The strings of an embeddings request: each text in `input`, and `user`. Token ids are refused by the schema. */
export function embeddingsTextSlots(request: EmbeddingsRequest): TextSlot[] {
  const slots = [slotAt(request, "user")];
  const input = request.input;
  if (typeof input === "string") {
    slots.push(slotAt(request, "input"));
  } else {
    input.forEach((_, index) => slots.push(slotAt(input, index)));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
