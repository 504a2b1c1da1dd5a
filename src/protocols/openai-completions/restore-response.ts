import type { RestoreKit } from "../types.ts";
import { isRecord } from "../shared/json-record.ts";

/**
 * Puts values back into a completions JSON answer, in place: each choice's `text` (which,
 * with `echo`, starts with the prompt). Token strings in `logprobs` are left as the vendor
 * sent them. Returns the choices' text as the vendor sent it (placeholders only), one line
 * per choice, for the transcript.
 */
export function restoreCompletion(body: unknown, kit: RestoreKit): string {
  const transcript: string[] = [];
  const choices = isRecord(body) && Array.isArray(body.choices) ? body.choices : [];
  for (const choice of choices) {
    if (!isRecord(choice) || typeof choice.text !== "string") continue;
    transcript.push(choice.text);
    choice.text = kit.restore(choice.text, "text");
  }
  return transcript.join("\n");
}
