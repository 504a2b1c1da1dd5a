import type { Finding } from "../src/detect/index.ts";

/**
 * `text` with every finding's span replaced by `[TYPE]`. Findings come from the detector,
 * so they are sorted and disjoint; they are replaced from the end so offsets stay valid.
 */
export function redactFindings(text: string, findings: readonly Finding[]): string {
  let redacted = text;
  for (let index = findings.length - 1; index >= 0; index--) {
    const finding = findings[index];
    if (!finding) continue;
    redacted = `${redacted.slice(0, finding.start)}[${finding.type}]${redacted.slice(finding.end)}`;
  }
  return redacted;
}
