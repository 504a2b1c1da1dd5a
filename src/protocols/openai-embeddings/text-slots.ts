import type { TextSlot } from "../types.ts";
import type { EmbeddingsRequest } from "./request-schema.ts";

/** A slot for `text` when it is non-empty text, written back through `write`. */
function slotOf(text: unknown, write: (next: string) => void): TextSlot | undefined {
  if (typeof text !== "string" || text.length === 0) return undefined;
  return { text, encoding: "text", write };
}

/**
 * The strings of an embeddings request: each text in `input`, and `user`.
 *
 * Token ids (`input` as numbers) pass through as they are: Veilgate cannot read them
 * without the model's tokenizer, so PII a client sends already tokenized is NOT redacted.
 * Clients that want redaction must send text.
 */
export function embeddingsTextSlots(request: EmbeddingsRequest): TextSlot[] {
  const slots = [slotOf(request.user, (next) => (request.user = next))];
  const input: unknown = request.input;
  if (typeof input === "string") {
    slots.push(slotOf(input, (next) => (request.input = next)));
  } else if (Array.isArray(input)) {
    input.forEach((text: unknown, index) => slots.push(slotOf(text, (next) => (input[index] = next))));
  }
  return slots.filter((slot): slot is TextSlot => slot !== undefined);
}
