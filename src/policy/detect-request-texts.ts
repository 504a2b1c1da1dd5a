import type { Detector } from "../detect/index.ts";
import type { Finding } from "../detect/types.ts";
import type { TextSlot } from "../protocols/types.ts";
import { type JsonSlotLeaves, readJsonSlot } from "./json-slot-leaves.ts";

/** Every finding in a request's text slots, kept so the slots can be rewritten once routing has decided. */
export interface DetectedRequest {
  /** All findings, slot by slot, in order. */
  readonly findings: readonly Finding[];
  /** Rewrites each slot text (or JSON leaf) that has findings with `transform`, through the slots detection read. Call once. */
  rewrite(transform: (text: string, findings: readonly Finding[]) => string): void;
}

type SlotFindings =
  | { kind: "text"; slot: TextSlot; findings: Finding[] }
  | { kind: "json"; slot: TextSlot; json: JsonSlotLeaves; leaves: Finding[][] };

/**
 * Detects PII in every slot without changing it, so the pipeline can route (and apply the
 * tenant's policy) before deciding what each value becomes. A JSON slot (tool-call
 * arguments) is searched leaf by leaf (strings, numbers as written, keys), so a value is
 * found as the model wrote it rather than with JSON escapes in it; one that does not parse
 * is searched as plain text.
 */
export function detectRequestTexts(slots: readonly TextSlot[], detector: Detector): DetectedRequest {
  const perSlot: SlotFindings[] = slots.map((slot) => {
    const json = slot.encoding === "json" ? readJsonSlot(slot.text) : undefined;
    if (!json) return { kind: "text", slot, findings: detector.detect(slot.text) };
    return { kind: "json", slot, json, leaves: json.leaves.map((leaf) => detector.detect(leaf)) };
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
        const rewritten = detected.json.rewrite(detected.json.leaves.map((leaf, index) => {
          const findings = detected.leaves[index] ?? [];
          return findings.length > 0 ? transform(leaf, findings) : undefined;
        }));
        if (rewritten !== undefined) detected.slot.write(rewritten);
      }
    },
  };
}
