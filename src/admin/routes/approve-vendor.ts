import { vendorTransitionRoute } from "./vendor-transition-route.ts";

/** `POST /admin/vendors/{id}/approve`: approves a proposal or a pending change; never one the approver contributed to (two-person rule). */
export const registerApproveVendor = vendorTransitionRoute({
  step: "approve",
  permission: "vendors:approve",
  summary: "Approve a vendor or its pending change",
  description: "Approves a proposed vendor, or the pending change to an approved one. The approver must not have proposed or edited it (403).",
});
