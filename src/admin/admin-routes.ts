import type { Services } from "../services.ts";
import type { AdminApp } from "./admin-env.ts";
import { registerAuditCheckpoints } from "./routes/audit-checkpoints.ts";
import { registerAuditExport } from "./routes/audit-export.ts";
import { registerAuditGetEntry } from "./routes/audit-get-entry.ts";
import { registerAuditReveal } from "./routes/audit-reveal.ts";
import { registerAuditSearch } from "./routes/audit-search.ts";
import { registerAuditSummary } from "./routes/audit-summary.ts";
import { registerAuditVerify } from "./routes/audit-verify.ts";
import { registerApproveVendor } from "./routes/approve-vendor.ts";
import { registerAssignKeyPolicy } from "./routes/assign-key-policy.ts";
import { registerCreateKey } from "./routes/create-key.ts";
import { registerCreatePolicy } from "./routes/create-policy.ts";
import { registerDeletePolicy } from "./routes/delete-policy.ts";
import { registerDeleteVendorSecret } from "./routes/delete-vendor-secret.ts";
import { registerGetPolicy } from "./routes/get-policy.ts";
import { registerGetVendor } from "./routes/get-vendor.ts";
import { registerListKeys } from "./routes/list-keys.ts";
import { registerListPolicies } from "./routes/list-policies.ts";
import { registerListVendors } from "./routes/list-vendors.ts";
import { registerProposeVendor } from "./routes/propose-vendor.ts";
import { registerReinstateVendor } from "./routes/reinstate-vendor.ts";
import { registerReplacePolicy } from "./routes/replace-policy.ts";
import { registerRetireVendor } from "./routes/retire-vendor.ts";
import { registerRevokeKey } from "./routes/revoke-key.ts";
import { registerSetVendorSecret } from "./routes/set-vendor-secret.ts";
import { registerSuspendVendor } from "./routes/suspend-vendor.ts";
import { registerUpdateVendor } from "./routes/update-vendor.ts";

/** Every admin route, registered explicitly: one file per route under routes/. */
export const ADMIN_ROUTES: ReadonlyArray<(app: AdminApp, services: Services) => void> = [
  // Keys and the access review
  registerListKeys,
  registerCreateKey,
  registerRevokeKey,
  registerAssignKeyPolicy,
  // Vendor registry (two-person lifecycle) and vendor secrets
  registerListVendors,
  registerGetVendor,
  registerProposeVendor,
  registerUpdateVendor,
  registerApproveVendor,
  registerSuspendVendor,
  registerRetireVendor,
  registerReinstateVendor,
  registerSetVendorSecret,
  registerDeleteVendorSecret,
  // Tenant policies
  registerListPolicies,
  registerGetPolicy,
  registerCreatePolicy,
  registerReplacePolicy,
  registerDeletePolicy,
  // Audit log (src/admin/routes/audit-*.ts)
  registerAuditSearch,
  registerAuditGetEntry,
  registerAuditExport,
  registerAuditSummary,
  registerAuditVerify,
  registerAuditCheckpoints,
  registerAuditReveal,
];
