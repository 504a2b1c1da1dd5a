import type { DetectEngine } from "./detect-engine.ts";
import { installedVersion } from "./installed-version.ts";

/** The replacement words redact-pii writes for its built-in rules (snake-cased rule names). */
const REPLACEMENT_LABELS =
  /\b(?:CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|PHONE_NUMBER|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL|PERSON_NAME)/g;

function countLabels(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [label] of text.matchAll(REPLACEMENT_LABELS)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * redact-pii as its README's first example uses it: `new SyncRedactor()` with every built-in
 * regex rule on (names included) and no Google DLP (that is a separate, opt-in redactor). Its
 * index module still loads `@google-cloud/dlp` on import, which is why the network guard must
 * be installed first.
 */
export async function createRedactPiiEngine(): Promise<DetectEngine> {
  const { SyncRedactor } = await import("redact-pii");
  const redactor = new SyncRedactor();
  return {
    id: "redact-pii",
    label: `redact-pii ${installedVersion("redact-pii")}`,
    role: "peer",
    setup:
      "new SyncRedactor() (README default): all 13 built-in regex rules incl. names, no Google DLP; redactor.redact(text).",
    run: (text) => redactor.redact(text).length,
    examine: (text) => {
      const redacted = redactor.redact(text);
      const before = countLabels(text);
      const labels: string[] = [];
      for (const [label, count] of countLabels(redacted)) {
        for (let extra = count - (before.get(label) ?? 0); extra > 0; extra--) labels.push(label);
      }
      return { redacted, labels };
    },
  };
}
