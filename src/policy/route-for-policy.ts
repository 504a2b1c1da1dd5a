import type { Finding } from "../detect/types.ts";
import type { RoutingScope, VendorFit, VendorRegistry } from "../vendors/create-vendor-registry.ts";
import type { Vendor } from "../vendors/vendor-schema.ts";
import type { FindingAction } from "./finding-action.ts";
import { type FindingPlan, planFindings } from "./plan-findings.ts";
import { policyFit } from "./policy-fit.ts";
import type { TenantPolicy } from "./tenant-policy.ts";

/**
 * Where a request goes and what happens to each finding on the way; or the refusal, with
 * the error code to answer with and the rule that refused (`blocked` when a rule's action did).
 */
export type PolicyRoute =
  | { allowed: true; vendor: Vendor; model: string; actionOf(finding: Finding): FindingAction }
  | { allowed: false; code: "model_not_found" | "policy_denied"; rule: string; reason: string; blocked?: { rule: string; type: string } };

/**
 * Routes a request under its tenant policy, before anything is redacted: only vendors that
 * are reachable (approved, in contract, in the key's scope) and fit the policy for *these*
 * findings are candidates. `policy` undefined means the key names a policy that no longer
 * exists, which refuses (fail closed).
 */
export function routeForPolicy(options: {
  registry: VendorRegistry;
  scope: RoutingScope;
  policy: TenantPolicy | undefined;
  requestedModel: string;
  findings: readonly Finding[];
  now: Date;
}): PolicyRoute {
  const { policy } = options;
  if (!policy) {
    return { allowed: false, code: "policy_denied", rule: "policy.missing", reason: "This key's policy does not exist any more, so nothing is routed (rule policy.missing)." };
  }
  const today = options.now.toISOString().slice(0, 10);
  let blocked: { rule: string; type: string } | undefined;
  // A vendor's plan depends on the vendor, not the model: made once, reused for the vendor chosen.
  const plans = new Map<Vendor, FindingPlan>();
  const planFor = (vendor: Vendor): FindingPlan => {
    let plan = plans.get(vendor);
    if (!plan) plans.set(vendor, (plan = planFindings({ policy, vendor, findings: options.findings, today })));
    return plan;
  };
  const fit = (vendor: Vendor, model: string): VendorFit => {
    const verdict = policyFit(policy, vendor, model);
    if (!verdict.fits) return verdict;
    const plan = planFor(vendor);
    if (plan.ok) return { fits: true };
    blocked ??= plan.blocked;
    return { fits: false, rule: plan.rule, reason: plan.reason };
  };
  const decision = options.registry.route(options.requestedModel, options.scope, options.now, fit);
  if (!decision.allowed) {
    const code = decision.kind === "policy" ? "policy_denied" : "model_not_found";
    return { allowed: false, code, rule: decision.rule, reason: decision.reason, ...(decision.rule === "finding.block" && blocked ? { blocked } : {}) };
  }
  const plan = planFor(decision.vendor);
  // The fit above already accepted this vendor, so the plan is ok; checked again rather than assumed.
  if (!plan.ok) return { allowed: false, code: "policy_denied", rule: plan.rule, reason: `${plan.reason} (rule ${plan.rule}).` };
  return { allowed: true, vendor: decision.vendor, model: decision.model, actionOf: plan.actionOf };
}
