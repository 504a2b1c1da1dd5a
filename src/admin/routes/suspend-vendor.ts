import { vendorTransitionRoute } from "./vendor-transition-route.ts";

/** `POST /admin/vendors/{id}/suspend`: stops traffic to an approved vendor at once (one admin suffices). */
export const registerSuspendVendor = vendorTransitionRoute({
  step: "suspend",
  permission: "vendors:write",
  summary: "Suspend a vendor",
  description: "Stops all traffic to an approved vendor at once. Reinstating it needs a proposal and a second admin's approval.",
});
