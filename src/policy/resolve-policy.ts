import type { PolicyStore } from "./policy-store.ts";
import type { TenantPolicy } from "./tenant-policy.ts";

/** The id of the policy keys without one of their own follow; store a policy under it to tighten the default. */
export const DEFAULT_POLICY_ID = "default";

/**
 * The built-in default: any approved vendor and model, anywhere, any data class the vendor
 * is cleared for, every value tokenized, and PHI only to a vendor with a valid BAA.
 */
export const BUILT_IN_DEFAULT_POLICY: TenantPolicy = Object.freeze({
  id: DEFAULT_POLICY_ID,
  name: "Built-in default",
  vendors: null,
  models: null,
  residency: null,
  dataClasses: null,
  requireSoc2: false,
  forbidTraining: false,
  maxRetentionDays: null,
  phiWithoutBaa: "refuse",
  actions: [],
  createdAt: "1970-01-01T00:00:00.000Z",
  updatedAt: "1970-01-01T00:00:00.000Z",
});

/**
 * The policy a key's requests follow: its own, else the stored `default`, else the
 * built-in default. A key whose own policy no longer exists gets undefined, so the caller
 * refuses instead of silently widening what the key may do.
 */
export function resolvePolicy(store: PolicyStore, policyId: string | null | undefined): TenantPolicy | undefined {
  if (policyId) return store.get(policyId);
  return store.get(DEFAULT_POLICY_ID) ?? BUILT_IN_DEFAULT_POLICY;
}
