import { createDetector, DEFAULT_RECOGNIZERS, type Finding } from "../../src/detect/index.ts";
import type { DetectEngine } from "./detect-engine.ts";

/** Replaces each finding's span with `[TYPE]`; findings are sorted and non-overlapping. */
function replaceFindings(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return text;
  let redacted = "";
  let copiedUpTo = 0;
  for (const finding of findings) {
    redacted += `${text.slice(copiedUpTo, finding.start)}[${finding.type}]`;
    copiedUpTo = finding.end;
  }
  return redacted + text.slice(copiedUpTo);
}

/** The ids of the default recognizers, for the report (whatever they are today). */
export function veilgateRecognizerIds(): string[] {
  return DEFAULT_RECOGNIZERS.map((recognizer) => recognizer.id);
}

/**
 * Veilgate as the proxy runs it: `createDetector()` with every default recognizer (names
 * included once they are registered), once redacting each finding's span and once only
 * detecting. Both share one detector, so they differ only by the replacement.
 */
export function createVeilgateEngines(): { redacting: DetectEngine; detectOnly: DetectEngine } {
  const detector = createDetector();
  return {
    redacting: {
      id: "veilgate",
      label: "Veilgate detect + redact",
      role: "veilgate",
      setup: "createDetector() with the default recognizers; each finding's span replaced by [TYPE].",
      run: (text) => replaceFindings(text, detector.detect(text)).length,
      examine: (text) => {
        const findings = detector.detect(text);
        return { redacted: replaceFindings(text, findings), labels: findings.map((finding) => finding.type) };
      },
    },
    detectOnly: {
      id: "veilgate-detect-only",
      label: "Veilgate detect only",
      role: "veilgate-detect-only",
      setup: "The same detector's detect(text), findings discarded.",
      run: (text) => detector.detect(text).length,
    },
  };
}
