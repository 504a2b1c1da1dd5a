import { vendorTransitionRoute } from "./vendor-transition-route.ts";

/** `POST /admin/vendors/{id}/approve`: approves a proposal or a pending change; never the approver's own (two-person rule). */
export const registerApproveVendor = vendorTransitionRoute({
  step: "approve",
  permission: "vendors:approve",
  summary: "Approve a vendor or its pending change",
  description: "Approves a proposed vendor, or the pending change to an approved one. The approver must not be the admin who proposed it (403).",
});
