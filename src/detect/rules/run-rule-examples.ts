import { type Detector, createDetector } from "../create-detector.ts";
import type { Finding } from "../types.ts";
import type { CompiledRules } from "./compile-rule-packs.ts";

/** The outcome of one rule's examples: a custom rule, or a built-in entity type a pack enables. */
export interface RuleExampleResult {
  file: string;
  /** "acme/employee-id" for a custom rule, "core/US_SSN" for a built-in type. */
  rule: string;
  entityType: string;
  /** `untested`: a built-in type enabled without examples. */
  status: "pass" | "fail" | "untested";
  /** How many examples of each kind ran. */
  counts: { match: number; noMatch: number };
  /** One line per failed example, saying what was expected and what was found. */
  failures: string[];
}

interface ExampleCheck {
  /** The detector as configured by every pack: a `match` example must survive overlaps in it. */
  full: Detector;
  /** Only this rule (or type): a `noMatch` example must not fire it, whatever else runs. */
  alone: Detector;
  isTheRule: (finding: Finding) => boolean;
}

const countsOf = (examples: { match: string[]; noMatch: string[] }) => ({ match: examples.match.length, noMatch: examples.noMatch.length });
const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
const listFindings = (text: string, findings: Finding[]): string =>
  findings.map((finding) => `${finding.type} ${quote(text.slice(finding.start, finding.end))} (${finding.rule})`).join(", ") || "nothing";

function checkExamples(check: ExampleCheck, examples: { match: string[]; noMatch: string[] }): string[] {
  const failures: string[] = [];
  for (const text of examples.match) {
    const findings = check.full.detect(text);
    if (!findings.some(check.isTheRule)) failures.push(`match ${quote(text)}: not found; found ${listFindings(text, findings)}`);
  }
  for (const text of examples.noMatch) {
    const findings = check.alone.detect(text).filter(check.isTheRule);
    if (findings.length > 0) failures.push(`noMatch ${quote(text)}: found ${listFindings(text, findings)}`);
  }
  return failures;
}

/**
 * Runs every example in the packs: each custom rule's, and each enabled built-in type's
 * from its pack's `examples`. A `match` text must yield a finding of that rule (custom) or
 * type (built-in) from the full detector; a `noMatch` text must yield none from the rule
 * run alone. Settings (minimum scores) apply to both, as in production.
 */
export function runRuleExamples(rules: CompiledRules): RuleExampleResult[] {
  const full = createDetector(rules.detectorOptions);
  const { settings } = rules.detectorOptions;
  const results: RuleExampleResult[] = [];
  for (const { file, pack } of rules.packs) {
    for (const type of pack.entities ?? []) {
      const examples = pack.examples?.[type];
      const base = { file, rule: `${pack.id}/${type}`, entityType: type };
      if (!examples) {
        results.push({ ...base, status: "untested", counts: { match: 0, noMatch: 0 }, failures: [] });
        continue;
      }
      const alone = createDetector({ types: [type], settings });
      const failures = checkExamples({ full, alone, isTheRule: (finding) => finding.type === type }, examples);
      results.push({ ...base, status: failures.length > 0 ? "fail" : "pass", counts: countsOf(examples), failures });
    }
    for (const rule of pack.rules ?? []) {
      const id = `${pack.id}/${rule.id}`;
      const recognizer = rules.customRecognizers.get(id);
      const alone = createDetector({ types: [], customRecognizers: recognizer ? [recognizer] : [], settings });
      const failures = checkExamples({ full, alone, isTheRule: (finding) => finding.rule === id }, rule.examples);
      results.push({ file, rule: id, entityType: rule.entityType, status: failures.length > 0 ? "fail" : "pass", counts: countsOf(rule.examples), failures });
    }
  }
  return results;
}
