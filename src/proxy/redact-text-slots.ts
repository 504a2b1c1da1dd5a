import type { Detector } from "../detect/index.ts";
import type { TextSlot } from "../protocols/types.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";

/** Replaces every finding in `text` with its placeholder. */
export function redactText(text: string, detector: Detector, vault: ExchangeVault): string {
  return vault.tokenize(text, detector.detect(text));
}

/** Redacts each string leaf of a JSON value; returns undefined when nothing changed. */
function redactJsonLeaves(value: unknown, detector: Detector, vault: ExchangeVault): unknown {
  if (typeof value === "string") {
    const redacted = redactText(value, detector, vault);
    return redacted === value ? undefined : redacted;
  }
  if (typeof value !== "object" || value === null) return undefined;
  let changed = false;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, child] of entries) {
    const redacted = redactJsonLeaves(child, detector, vault);
    if (redacted === undefined) continue;
    (value as Record<string | number, unknown>)[key] = redacted;
    changed = true;
  }
  return changed ? value : undefined;
}

/**
 * Redacts every slot in place. A JSON slot (tool-call arguments) is redacted leaf by leaf,
 * so a value is found as the model wrote it rather than with JSON escapes in it; a JSON
 * slot that does not parse is redacted as plain text.
 */
export function redactTextSlots(slots: readonly TextSlot[], detector: Detector, vault: ExchangeVault): void {
  for (const slot of slots) {
    if (slot.encoding === "json") {
      let parsed: unknown;
      try {
        parsed = JSON.parse(slot.text);
      } catch {
        slot.write(redactText(slot.text, detector, vault));
        continue;
      }
      const redacted = redactJsonLeaves(parsed, detector, vault);
      if (redacted !== undefined) slot.write(JSON.stringify(redacted));
      continue;
    }
    const redacted = redactText(slot.text, detector, vault);
    if (redacted !== slot.text) slot.write(redacted);
  }
}
