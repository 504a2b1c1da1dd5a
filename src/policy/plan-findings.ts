import type { Finding } from "../detect/types.ts";
import { DEFAULT_VENDOR_DATA_CLASSES } from "../vendors/data-class.ts";
import { dataClassOf } from "../vendors/data-class-of.ts";
import { hasValidBaa, retainsData } from "../vendors/vendor-compliance.ts";
import type { Vendor } from "../vendors/vendor-schema.ts";
import { type FindingAction, ownActionOf } from "./finding-action.ts";
import type { ActionRule, TenantPolicy } from "./tenant-policy.ts";

/** What to do with each finding for one vendor, or why the request may not go there. */
export type FindingPlan =
  | { ok: true; actionOf(finding: Finding): FindingAction }
  | { ok: false; rule: string; reason: string; blocked?: { rule: string; type: string } };

interface VendorFacts {
  vendor: Vendor;
  hasBaa: boolean;
  retains: boolean;
}

const matches = (rule: ActionRule, finding: Finding, facts: VendorFacts): boolean =>
  (!rule.entities || rule.entities.includes(finding.type)) &&
  (!rule.dataClasses || rule.dataClasses.includes(dataClassOf(finding.type))) &&
  (!rule.rules || rule.rules.includes(finding.rule)) &&
  (!rule.vendors || rule.vendors.includes(facts.vendor.id)) &&
  (rule.vendorHasBaa === undefined || rule.vendorHasBaa === facts.hasBaa) &&
  (rule.vendorRetainsData === undefined || rule.vendorRetainsData === facts.retains);

/**
 * Decides every finding's action for `vendor`: the policy's first matching override, else
 * the action the rule pack set, else `tokenize`. Then the invariants no override can lift:
 * a `block` refuses; PHI that would reach a vendor without a valid BAA (tokenized values
 * still count: a placeholder keeps its context, and pseudonymised data is still personal
 * data) is refused or, where the policy says so, masked; and every class that reaches the
 * vendor must be allowed by the policy and cleared for the vendor.
 */
export function planFindings(options: { policy: TenantPolicy; vendor: Vendor; findings: readonly Finding[]; today: string }): FindingPlan {
  const { policy, vendor } = options;
  const facts: VendorFacts = { vendor, hasBaa: hasValidBaa(vendor, options.today), retains: retainsData(vendor) };
  const decided = new Map<string, FindingAction>();
  const keyOf = (finding: Finding) => `${finding.type}\u0000${finding.rule}\u0000${ownActionOf(finding) ?? ""}`;
  const cleared = vendor.dataClasses ?? DEFAULT_VENDOR_DATA_CLASSES;

  for (const finding of options.findings) {
    const key = keyOf(finding);
    if (decided.has(key)) continue;
    const action = policy.actions.find((rule) => matches(rule, finding, facts))?.action ?? ownActionOf(finding) ?? "tokenize";
    if (action === "block") {
      return {
        ok: false,
        rule: "finding.block",
        reason: `detection rule '${finding.rule}' (${finding.type}) blocks requests to vendor '${vendor.id}' under policy '${policy.id}'`,
        blocked: { rule: finding.rule, type: finding.type },
      };
    }
    decided.set(key, action);
  }
  for (const [key, planned] of decided) {
    const type = key.slice(0, key.indexOf("\u0000"));
    const dataClass = dataClassOf(type);
    let action = planned;
    if (dataClass === "phi" && !facts.hasBaa && action !== "mask") {
      if (policy.phiWithoutBaa !== "mask") {
        return { ok: false, rule: "vendor.baa_required", reason: `the request carries PHI (${type}) and vendor '${vendor.id}' has no valid HIPAA BAA` };
      }
      action = "mask";
      decided.set(key, action);
    }
    if (action === "mask") continue;
    if (policy.dataClasses && !policy.dataClasses.includes(dataClass)) {
      return { ok: false, rule: "policy.data_class", reason: `data class '${dataClass}' (${type}) may not leave under policy '${policy.id}'` };
    }
    if (!cleared.includes(dataClass)) {
      return { ok: false, rule: "vendor.data_class", reason: `vendor '${vendor.id}' is not cleared for data class '${dataClass}' (${type})` };
    }
  }
  return { ok: true, actionOf: (finding) => decided.get(keyOf(finding)) ?? "tokenize" };
}
