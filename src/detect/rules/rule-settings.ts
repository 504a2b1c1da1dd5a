import type { FindingAction } from "../types.ts";

/** What rule packs say about one rule or entity type: its action and the score it needs. */
export interface RuleSetting {
  action?: FindingAction;
  /** Findings scoring below this are dropped. */
  minScore?: number;
}

/** Settings by rule id ("us-ssn", "acme/employee-id") and by entity type ("US_SSN"). */
export interface RuleSettings {
  byRule: ReadonlyMap<string, RuleSetting>;
  byType: ReadonlyMap<string, RuleSetting>;
}

/** A rule's effective setting, every field filled in. */
export interface ResolvedRuleSetting {
  action: FindingAction;
  minScore: number;
}

/**
 * The setting that applies to a rule: each field from the rule's own entry if it has one,
 * else from its entity type's, else the default (tokenize, no minimum score).
 */
export function resolveRuleSetting(settings: RuleSettings | undefined, ruleId: string, type: string): ResolvedRuleSetting {
  const byRule = settings?.byRule.get(ruleId);
  const byType = settings?.byType.get(type);
  return {
    action: byRule?.action ?? byType?.action ?? "tokenize",
    minScore: byRule?.minScore ?? byType?.minScore ?? 0,
  };
}
