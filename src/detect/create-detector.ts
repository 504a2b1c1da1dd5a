import { DEFAULT_RECOGNIZERS } from "./default-recognizers.ts";
import { normalizeText } from "./normalize-text.ts";
import { resolveOverlaps } from "./resolve-overlaps.ts";
import type { CustomRecognizer } from "./rules/custom-recognizer.ts";
import { type RuleSettings, resolveRuleSetting } from "./rules/rule-settings.ts";
import type { EntityType, Finding, Recognizer } from "./types.ts";

/** Finds personal data in text. Stateless and synchronous; one instance serves every request. */
export interface Detector {
  /** Findings sorted by start, non-overlapping, with offsets into `text` as given. */
  detect(text: string): Finding[];
}

export interface DetectorOptions {
  /** Only report these types. Default: every type the recognizers know. */
  types?: readonly EntityType[];
  /** The recognizers to run. Default: `DEFAULT_RECOGNIZERS`. */
  recognizers?: readonly Recognizer[];
  /** Recognizers compiled from rule packs' custom rules; they run whatever `types` says. */
  customRecognizers?: readonly CustomRecognizer[];
  /**
   * Action and minimum score per rule id or entity type, from the rule packs. Findings
   * below their minimum are dropped; every finding carries its action. Default: tokenize.
   */
  settings?: RuleSettings;
}

/**
 * Creates a detector: normalises the text (NFKC, Unicode dashes/spaces, zero-width
 * characters), runs every selected recognizer, keeps the best of overlapping findings and
 * maps their spans back, so `text.slice(start, end)` is the value exactly as written.
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  const wanted = options.types ? new Set(options.types) : null;
  const builtIn = (options.recognizers ?? DEFAULT_RECOGNIZERS).filter(
    (recognizer) => wanted === null || wanted.has(recognizer.type),
  );
  // Settings resolved once here, not per finding.
  const recognizers = [...builtIn, ...(options.customRecognizers ?? [])].map((recognizer) => ({
    recognizer,
    ...resolveRuleSetting(options.settings, recognizer.id, recognizer.type),
  }));
  return {
    detect: function detect(text: string): Finding[] {
      if (text.length === 0 || recognizers.length === 0) return [];
      const input = normalizeText(text);
      const findings: Finding[] = [];
      for (const { recognizer, action, minScore } of recognizers) {
        for (const match of recognizer.find(input)) {
          if (match.score < minScore) continue;
          findings.push({
            type: recognizer.type,
            start: input.originalStart(match.start),
            end: input.originalEnd(match.end),
            canonical: match.canonical,
            score: match.score,
            rule: recognizer.id,
            action,
          });
        }
      }
      return resolveOverlaps(findings);
    },
  };
}
