import type { Detector } from "../detect/index.ts";
import type { Finding } from "../detect/types.ts";
import type { TextSlot } from "../protocols/types.ts";

/** Every finding in a request's text slots, kept so the slots can be rewritten once routing has decided. */
export interface DetectedRequest {
  /** All findings, slot by slot, in order. */
  readonly findings: readonly Finding[];
  /**
   * Rewrites each text that has findings with `transform`. `slots` are this request's
   * slots, or those of a copy of it (for the log), in the same order.
   */
  rewrite(slots: readonly TextSlot[], transform: (text: string, findings: readonly Finding[]) => string): void;
}

type SlotFindings = { kind: "text"; text: string; findings: Finding[] } | { kind: "json"; text: string; leaves: Finding[][] };

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
    if (!parsed.ok) return { kind: "text", text: slot.text, findings: detector.detect(slot.text) };
    const leaves: Finding[][] = [];
    rewriteLeaves(parsed.value, (text) => {
      leaves.push(detector.detect(text));
      return text;
    });
    return { kind: "json", text: slot.text, leaves };
  });
  return {
    findings: perSlot.flatMap((slot) => (slot.kind === "text" ? slot.findings : slot.leaves.flat())),
    rewrite(targets, transform) {
      if (targets.length !== perSlot.length) throw new Error("The request's slots changed between detection and redaction");
      targets.forEach((slot, index) => {
        const detected = perSlot[index]!;
        // Offsets only hold for the exact text they were found in: anything else fails closed.
        if (slot.text !== detected.text) throw new Error("The request's slots changed between detection and redaction");
        if (detected.kind === "text") {
          if (detected.findings.length > 0) slot.write(transform(slot.text, detected.findings));
          return;
        }
        if (!detected.leaves.some((findings) => findings.length > 0)) return;
        const parsed = parseJson(slot.text);
        if (!parsed.ok) throw new Error("The request's slots changed between detection and redaction");
        let leaf = 0;
        const rewritten = rewriteLeaves(parsed.value, (text) => {
          const findings = detected.leaves[leaf++] ?? [];
          return findings.length > 0 ? transform(text, findings) : text;
        });
        if (rewritten !== undefined) slot.write(JSON.stringify(rewritten));
      });
    },
  };
}
