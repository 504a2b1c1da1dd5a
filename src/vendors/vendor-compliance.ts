import type { Vendor } from "./vendor-schema.ts";

/** Why a vendor gets no traffic; each names the fact, never a value. */
export type VendorRule = "vendor.status" | "vendor.dpa_not_in_force" | "vendor.dpa_expired" | "vendor.soc2_expired" | "vendor.baa_expired";

/** A contract or report that expires within the warning period. */
export interface ComplianceWarning {
  fact: "dpa" | "soc2" | "hipaaBaa";
  expires: string;
  /** Whole days from today to the expiry date; 0 means it expires at the end of today. */
  daysLeft: number;
}

export type VendorCompliance =
  | { eligible: true; warnings: ComplianceWarning[] }
  | { eligible: false; rule: VendorRule; reason: string; warnings: ComplianceWarning[] };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Why a vendor gets no traffic today, or undefined when it may. */
export type VendorRefusal = { rule: VendorRule; reason: string };

/**
 * Whether a vendor may receive traffic today: approved, with a DPA in force and no SOC 2
 * report or HIPAA BAA past its expiry (expiry days themselves still count). Routing asks this
 * on every request, so it only compares dates as ISO strings.
 */
export function vendorRefusal(vendor: Vendor, today: string): VendorRefusal | undefined {
  if (vendor.status !== "approved") return { rule: "vendor.status", reason: `vendor '${vendor.id}' is ${vendor.status}` };
  if (vendor.dpa.signed > today) return { rule: "vendor.dpa_not_in_force", reason: `vendor '${vendor.id}' DPA is not in force until ${vendor.dpa.signed}` };
  if (vendor.dpa.expires < today) return { rule: "vendor.dpa_expired", reason: `vendor '${vendor.id}' DPA expired on ${vendor.dpa.expires}` };
  if (vendor.soc2 && vendor.soc2.expires < today) return { rule: "vendor.soc2_expired", reason: `vendor '${vendor.id}' SOC 2 report expired on ${vendor.soc2.expires}` };
  const baa = vendor.hipaaBaa;
  if (baa?.signed && baa.expires !== undefined && baa.expires < today) {
    // A lapsed BAA stops all traffic, not only PHI: tenants that rely on it would otherwise
    // switch from "PHI allowed" to "refused" or "masked" without anyone deciding so.
    return { rule: "vendor.baa_expired", reason: `vendor '${vendor.id}' HIPAA BAA expired on ${baa.expires}` };
  }
  return undefined;
}

/**
 * A vendor's standing today: whether it may receive traffic (see `vendorRefusal`), and the
 * dates within `warningDays` of expiring, so admins renew before traffic stops.
 */
export function vendorCompliance(vendor: Vendor, today: string, options: { warningDays?: number } = {}): VendorCompliance {
  const warningDays = options.warningDays ?? 30;
  const expiries: Array<[ComplianceWarning["fact"], string | undefined]> = [
    ["dpa", vendor.dpa.expires],
    ["soc2", vendor.soc2?.expires],
    ["hipaaBaa", vendor.hipaaBaa?.signed ? vendor.hipaaBaa.expires : undefined],
  ];
  const warnings: ComplianceWarning[] = [];
  for (const [fact, expires] of expiries) {
    if (expires === undefined || expires < today) continue;
    const daysLeft = daysBetween(today, expires);
    if (daysLeft <= warningDays) warnings.push({ fact, expires, daysLeft });
  }
  const refusal = vendorRefusal(vendor, today);
  return refusal ? { eligible: false, ...refusal, warnings } : { eligible: true, warnings };
}

/** Whether PHI may go to this vendor today: a signed BAA that has not expired. */
export function hasValidBaa(vendor: Vendor, today: string): boolean {
  const baa = vendor.hipaaBaa;
  return baa?.signed === true && (baa.expires === undefined || baa.expires >= today);
}

/** Whether the vendor keeps request data at all; unknown retention counts as keeping it. */
export function retainsData(vendor: Vendor): boolean {
  return vendor.retentionDays === undefined || vendor.retentionDays > 0;
}
