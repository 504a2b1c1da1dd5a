import type { VendorFit } from "../vendors/create-vendor-registry.ts";
import { regionWithin } from "../vendors/region-within.ts";
import type { Vendor } from "../vendors/vendor-schema.ts";
import type { TenantPolicy } from "./tenant-policy.ts";

/** Every region a vendor's customer data may be in: where it processes, stores, and its sub-processors. */
export function vendorRegions(vendor: Vendor): string[] {
  return [...new Set([...vendor.regions, ...(vendor.storageRegions ?? []), ...(vendor.subProcessors ?? []).flatMap((processor) => processor.regions)])];
}

const modelAllowed = (patterns: readonly string[], vendorId: string, model: string) =>
  patterns.some((pattern) => pattern === model || pattern === `${vendorId}/${model}` || pattern === `${vendorId}/*`);

/**
 * The checks a policy makes of a vendor and model, whatever the request holds: allowed
 * vendor and model, residency, SOC 2, training and retention. A refusal names its rule and
 * the policy; it never quotes request text.
 */
export function policyFit(policy: TenantPolicy, vendor: Vendor, model: string): VendorFit {
  const refuse = (rule: string, reason: string): VendorFit => ({ fits: false, rule, reason: `${reason} under policy '${policy.id}'` });
  if (policy.vendors && !policy.vendors.includes(vendor.id)) return refuse("policy.vendor", `vendor '${vendor.id}' is not allowed`);
  if (policy.models && !modelAllowed(policy.models, vendor.id, model)) return refuse("policy.model", `model '${vendor.id}/${model}' is not allowed`);
  const residency = policy.residency;
  if (residency && !vendorRegions(vendor).every((region) => residency.some((required) => regionWithin(region, required)))) {
    return refuse("policy.residency", `vendor '${vendor.id}' processes or stores data outside the required residency (${residency.join(", ")})`);
  }
  if (policy.requireSoc2 && !vendor.soc2) return refuse("policy.soc2_required", `vendor '${vendor.id}' has no SOC 2 Type II report on file`);
  if (policy.forbidTraining && vendor.trainsOnCustomerData !== false) {
    return refuse("policy.no_training", `vendor '${vendor.id}' may train on customer data`);
  }
  if (policy.maxRetentionDays !== null && (vendor.retentionDays === undefined || vendor.retentionDays > policy.maxRetentionDays)) {
    return refuse("policy.retention", `vendor '${vendor.id}' keeps data longer than ${policy.maxRetentionDays} days`);
  }
  return { fits: true };
}
