import type { Detector } from "../detect/index.ts";
import type { Finding } from "../detect/types.ts";
import type { TextSlot } from "../protocols/types.ts";

/** Every finding in a request's text slots, kept so the slots can be rewritten once routing has decided. */
export interface DetectedRequest {
  /** All findings, slot by slot, in order. */
  readonly findings: readonly Finding[];
  /** Rewrites each slot text (or JSON leaf) that has findings with `transform`, through the slots detection read. Call once. */
  rewrite(transform: (text: string, findings: readonly Finding[]) => string): void;
}

type SlotFindings = { kind: "text"; slot: TextSlot; findings: Finding[] } | { kind: "json"; slot: TextSlot; value: unknown; leaves: Finding[][] };

/** Applies `visit` to each string leaf of a JSON value, in a fixed order; returns undefined when nothing changed. */
function rewriteLeaves(value: unknown, visit: (text: string) => string): unknown {
  if (typeof value === "string") {
    const next = visit(value);
    return next === value ? undefined : next;
  }
  if (typeof value !== "object" || value === null) return undefined;
  let changed = false;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, child] of entries) {
    const next = rewriteLeaves(child, visit);
    if (next === undefined) continue;
    (value as Record<string | number, unknown>)[key] = next;
    changed = true;
  }
  return changed ? value : undefined;
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/**
 * Detects PII in every slot without changing it, so the pipeline can route (and apply the
 * tenant's policy) before deciding what each value becomes. A JSON slot (tool-call
 * arguments) is searched leaf by leaf, so a value is found as the model wrote it rather
 * than with JSON escapes in it; one that does not parse is searched as plain text.
 */
export function detectRequestTexts(slots: readonly TextSlot[], detector: Detector): DetectedRequest {
  const perSlot: SlotFindings[] = slots.map((slot) => {
    const parsed = slot.encoding === "json" ? parseJson(slot.text) : { ok: false as const };
    if (!parsed.ok) return { kind: "text", slot, findings: detector.detect(slot.text) };
    const leaves: Finding[][] = [];
    rewriteLeaves(parsed.value, (text) => {
      leaves.push(detector.detect(text));
      return text;
    });
    return { kind: "json", slot, value: parsed.value, leaves };
  });
  return {
    findings: perSlot.flatMap((detected) => (detected.kind === "text" ? detected.findings : detected.leaves.flat())),
    rewrite(transform) {
      for (const detected of perSlot) {
        if (detected.kind === "text") {
          if (detected.findings.length > 0) detected.slot.write(transform(detected.slot.text, detected.findings));
          continue;
        }
        if (!detected.leaves.some((findings) => findings.length > 0)) continue;
        // The detection walk left the parsed value as it was, so the same walk meets the same leaves in the same order.
        let leaf = 0;
        const rewritten = rewriteLeaves(detected.value, (text) => {
          const findings = detected.leaves[leaf++] ?? [];
          return findings.length > 0 ? transform(text, findings) : text;
        });
        if (rewritten !== undefined) detected.slot.write(JSON.stringify(rewritten));
      }
    },
  };
}
