import { vendorTransitionRoute } from "./vendor-transition-route.ts";

/** `POST /admin/vendors/{id}/reinstate`: proposes bringing a suspended vendor back; a different admin approves. */
export const registerReinstateVendor = vendorTransitionRoute({
  step: "reinstate",
  permission: "vendors:write",
  summary: "Propose reinstating a suspended vendor",
  description: "Puts a suspended vendor back to proposed, with the caller as proposer; it gets traffic once a different admin approves it.",
});
