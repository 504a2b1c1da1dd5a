import { vendorTransitionRoute } from "./vendor-transition-route.ts";

/** `POST /admin/vendors/{id}/retire`: retires a vendor for good. */
export const registerRetireVendor = vendorTransitionRoute({
  step: "retire",
  permission: "vendors:write",
  summary: "Retire a vendor",
  description: "Stops traffic for good and drops any pending change. A retired vendor cannot come back; propose a new one.",
});
