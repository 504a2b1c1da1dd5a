import type { RestoreEncoding, RestoreKit } from "../types.ts";
import { isRecord, type JsonRecord } from "../shared/json-record.ts";

/** Restores `container[key]` in place when it is a string; appends the vendor's text to `transcript`. */
export function restoreField(container: JsonRecord, key: string, kit: RestoreKit, encoding: RestoreEncoding, transcript?: string[]): void {
  const value = container[key];
  if (typeof value !== "string") return;
  transcript?.push(value);
  container[key] = kit.restore(value, encoding);
}

/**
 * Puts values back into one content part of an assistant message, in place: an
 * `output_text` part's `text` or a `refusal` part's `refusal`. Other parts (reasoning text,
 * audio…) are left as the vendor sent them. Appends the vendor's text to `transcript`.
 */
export function restoreOutputPart(part: unknown, kit: RestoreKit, transcript?: string[]): void {
  if (!isRecord(part)) return;
  if (part.type === "output_text") restoreField(part, "text", kit, "text", transcript);
  else if (part.type === "refusal") restoreField(part, "refusal", kit, "text", transcript);
}

/**
 * Puts values back into one output item, in place: a `message`'s text and refusal parts,
 * and a `function_call`'s `arguments`, JSON source held in a string, so values are
 * inserted JSON-escaped and the arguments stay valid JSON. Appends the vendor's texts to
 * `transcript` when one is given.
 */
export function restoreOutputItem(item: unknown, kit: RestoreKit, transcript?: string[]): void {
  if (!isRecord(item)) return;
  if (item.type === "message" && Array.isArray(item.content)) {
    for (const part of item.content) restoreOutputPart(part, kit, transcript);
  } else if (item.type === "function_call") {
    restoreField(item, "arguments", kit, "json-string", transcript);
  }
}
