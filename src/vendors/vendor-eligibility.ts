import type { Vendor } from "./vendor-schema.ts";

export type Eligibility = { eligible: true } | { eligible: false; reason: string };

/** Whether a vendor may receive traffic today: approved, with a DPA that is in force. */
export function vendorEligibility(vendor: Vendor, today: string): Eligibility {
  if (vendor.status !== "approved") return { eligible: false, reason: `vendor '${vendor.id}' is ${vendor.status}` };
  if (vendor.dpa.signed > today) return { eligible: false, reason: `vendor '${vendor.id}' DPA is not in force until ${vendor.dpa.signed}` };
  if (vendor.dpa.expires < today) return { eligible: false, reason: `vendor '${vendor.id}' DPA expired on ${vendor.dpa.expires}` };
  return { eligible: true };
}
