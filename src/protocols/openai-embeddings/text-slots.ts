import { unnamedFieldSlots } from "../shared/unnamed-field-slots.ts";
import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { EmbeddingsRequest } from "./request-schema.ts";

/** Fields read by name below, and settings that hold a model, a number or an enum. */
const SKIPPED: ReadonlySet<string> = new Set(["input", "user", "model", "encoding_format", "dimensions"]);

/**
 * The strings of an embeddings request: each text in `input`, and `user`; then every other
 * field but settings, leaf by leaf. Token ids are refused by the schema.
 */
export function embeddingsTextSlots(request: EmbeddingsRequest): TextSlot[] {
  const slots = [slotAt(request, "user")];
  const input = request.input;
  if (typeof input === "string") {
    slots.push(slotAt(request, "input"));
  } else {
    input.forEach((_, index) => slots.push(slotAt(input, index)));
  }
  slots.push(...unnamedFieldSlots(request, SKIPPED));
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
