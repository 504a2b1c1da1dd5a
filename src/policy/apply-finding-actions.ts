import type { Finding } from "../detect/types.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";
import type { DetectedRequest } from "./detect-request-texts.ts";
import type { FindingAction } from "./finding-action.ts";
import { maskFor } from "./mask-for.ts";

/** How often one detection rule fired on one entity type, and what was done with the values. */
export interface FindingRuleCount {
  rule: string;
  type: string;
  action: FindingAction;
  count: number;
}

/** What applying the actions did: counts per rule, and each value sent as written with the placeholder the log shows instead. */
export interface AppliedActions {
  findingRules: FindingRuleCount[];
  allowed: Array<{ value: string; placeholder: string }>;
}

/**
 * Rewrites the detected request's slots: each finding becomes a placeholder (`tokenize`, through the
 * exchange's vault so the answer can be restored), `[TYPE]` (`mask`), or stays as written
 * (`allow`). `block` never gets here: the route refused first.
 */
export function applyFindingActions(
  detected: DetectedRequest,
  options: { vault: ExchangeVault; actionOf(finding: Finding): FindingAction },
): AppliedActions {
  const counts = new Map<string, FindingRuleCount>();
  const allowed = new Map<string, string>();
  detected.rewrite((text, findings) => {
    let output = "";
    let cursor = 0;
    for (const finding of findings) {
      const action = options.actionOf(finding);
      const original = text.slice(finding.start, finding.end);
      output += text.slice(cursor, finding.start);
      if (action === "mask") output += maskFor(finding.type);
      else if (action === "allow") {
        output += original;
        // The vendor gets the value; the log gets a placeholder (issued by the same vault, so break-glass reveal still works).
        allowed.set(original, options.vault.tokenizeValue(original, finding));
      } else output += options.vault.tokenizeValue(original, finding);
      cursor = finding.end;
      const key = `${finding.rule}\u0000${finding.type}\u0000${action}`;
      const count = counts.get(key);
      if (count) count.count += 1;
      else counts.set(key, { rule: finding.rule, type: finding.type, action, count: 1 });
    }
    return output + text.slice(cursor);
  });
  const findingRules = [...counts.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.type.localeCompare(b.type) || a.action.localeCompare(b.action));
  return { findingRules, allowed: [...allowed].map(([value, placeholder]) => ({ value, placeholder })) };
}
