import type { Detector } from "../detect/index.ts";
import { ProxyError } from "../errors.ts";
import type { TextSlot } from "../protocols/types.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";
import type { RoutingScope, VendorRegistry } from "../vendors/create-vendor-registry.ts";
import { applyFindingActions, type FindingRuleCount } from "./apply-finding-actions.ts";
import { createSpellingReplacer } from "./create-spelling-replacer.ts";
import { detectRequestTexts } from "./detect-request-texts.ts";
import type { PolicyStore } from "./policy-store.ts";
import { resolvePolicy } from "./resolve-policy.ts";
import { type PolicyRoute, routeForPolicy } from "./route-for-policy.ts";

/** The outcome of detection, routing and redaction, with what the exchange record needs. */
export interface PolicyRedaction {
  route: PolicyRoute;
  /** Findings per entity type, whatever was done with them. */
  entityCounts: Record<string, number>;
  /** Ids of the detection rules that fired. */
  ruleIds: string[];
  findingRules: FindingRuleCount[];
  /** Puts placeholders back where the policy let a value through in clear, for text bound for the log. */
  scrub(text: string): string;
}

/**
 * Detects every value in the request's slots, routes under the key's tenant policy (which
 * may depend on what was found), then rewrites the slots: each value tokenized, masked or
 * left as the route's plan says. When the request is refused, every value is tokenized
 * anyway, so the refusal is logged redacted. Only detection itself can throw
 * (`detection_failed`): nothing is forwarded when it fails.
 */
export function redactUnderPolicy(options: {
  slots: readonly TextSlot[];
  detector: Detector;
  vault: ExchangeVault;
  registry: VendorRegistry;
  policies: PolicyStore;
  principal: RoutingScope & { policyId: string | null };
  requestedModel: string;
  now: Date;
}): PolicyRedaction {
  let detected;
  try {
    detected = detectRequestTexts(options.slots, options.detector);
  } catch (error) {
    throw new ProxyError("detection_failed", "PII detection failed, so the request was not forwarded.", { cause: error });
  }
  const route = routeForPolicy({
    registry: options.registry,
    scope: options.principal,
    policy: resolvePolicy(options.policies, options.principal.policyId),
    requestedModel: options.requestedModel,
    findings: detected.findings,
    now: options.now,
  });
  const applied = applyFindingActions(detected, {
    vault: options.vault,
    actionOf: route.allowed ? route.actionOf : () => "tokenize",
  });
  const blocked = !route.allowed ? route.blocked : undefined;
  const findingRules = blocked
    ? applied.findingRules.map((count) => (count.rule === blocked.rule && count.type === blocked.type ? { ...count, action: "block" as const } : count))
    : applied.findingRules;
  const entityCounts: Record<string, number> = {};
  for (const finding of detected.findings) entityCounts[finding.type] = (entityCounts[finding.type] ?? 0) + 1;
  // Every spelling the value can take in JSON text (raw, escaped, escaped twice).
  const scrub = createSpellingReplacer(
    applied.allowed.flatMap(({ value, placeholder }) => {
      const escaped = JSON.stringify(value).slice(1, -1);
      return [JSON.stringify(escaped).slice(1, -1), escaped, value].map((spelling) => [spelling, placeholder] as const);
    }),
  );
  return {
    route,
    entityCounts,
    ruleIds: [...new Set(detected.findings.map((finding) => finding.rule))].sort(),
    findingRules,
    scrub,
  };
}
