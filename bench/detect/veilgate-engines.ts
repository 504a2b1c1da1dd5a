import { redactFindings } from "../../eval/redact-findings.ts";
import { createDetector, DEFAULT_RECOGNIZERS } from "../../src/detect/index.ts";
import type { DetectEngine } from "./detect-engine.ts";

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
      run: (text) => redactFindings(text, detector.detect(text)).length,
      examine: (text) => {
        const findings = detector.detect(text);
        return { redacted: redactFindings(text, findings), labels: findings.map((finding) => finding.type) };
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
