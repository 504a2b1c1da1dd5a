import { slotAt } from "../shared/slot-at.ts";
import type { TextSlot } from "../types.ts";
import type { EmbeddingsRequest } from "./request-schema.ts";

/**
 * The strings of an embeddings request: each text in `input`, and `user`.
 *
 * Token ids (`input` as numbers) pass through as they are: Veilgate cannot read them
 * without the model's tokenizer, so PII a client sends already tokenized is NOT redacted.
 * Clients that want redaction must send text.
 */
export function embeddingsTextSlots(request: EmbeddingsRequest): TextSlot[] {
  const slots = [slotAt(request, "user")];
  const input: unknown = request.input;
  if (typeof input === "string") {
    slots.push(slotAt(request, "input"));
  } else if (Array.isArray(input)) {
    input.forEach((_: unknown, index) => slots.push(slotAt(input, index)));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
