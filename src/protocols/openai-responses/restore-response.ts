import type { RestoreKit } from "../types.ts";
import { isRecord } from "../shared/json-record.ts";
import { restoreField, restoreOutputItem } from "./restore-output-item.ts";

/** Request fields a Response object echoes back; the caller should read what it sent. */
const ECHOED_FIELDS = ["instructions", "user", "safety_identifier"];

/**
 * Puts values back into a Response object, in place: message `output_text` parts, refusals
 * and `function_call` arguments of every output item, the SDK-style `output_text`
 * convenience field when present, and the echoed request fields (`instructions` when it is
 * a string, `user`, `safety_identifier`). Serves JSON answers and the `response` object of
 * stream events alike. Returns the output's text as the vendor sent it (placeholders
 * only), one line per part, for the transcript.
 */
export function restoreResponsesAnswer(body: unknown, kit: RestoreKit): string {
  if (!isRecord(body)) return "";
  const transcript: string[] = [];
  for (const item of Array.isArray(body.output) ? body.output : []) restoreOutputItem(item, kit, transcript);
  restoreField(body, "output_text", kit, "text");
  for (const key of ECHOED_FIELDS) restoreField(body, key, kit, "text");
  return transcript.join("\n");
}
