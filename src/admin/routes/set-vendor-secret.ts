import { createRoute, z } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { storeVendorSecret } from "../../vendors/store-vendor-secret.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/**
 * `PUT /admin/vendors/{id}/secret`: registers the vendor's API key. It is sealed at once
 * under the master key, bound to the vendor id, opened only to call that vendor, and never
 * returned or logged; the audit log records only that it changed. It takes precedence over
 * the vendor file's `apiKeyEnv`.
 */
export function registerSetVendorSecret(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "put",
    path: "/vendors/{id}/secret",
    summary: "Set a vendor's API key (write-only)",
    middleware: [requirePermission(services, "vendors:write")] as const,
    request: {
      params: idParams,
      body: { required: true, content: { "application/json": { schema: z.strictObject({ apiKey: z.string().min(8).max(4096).regex(/^\S+$/, "must not contain spaces") }) } } },
    },
    responses: { 204: { description: "Stored, sealed" }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const record = services.vendors.store.get(id);
    if (!record) return adminErrorResponse(new ProxyError("not_found", `No stored vendor with id '${id}'.`), context.get("requestId"));
    const change = storeVendorSecret(services.vendorSecrets, services.secretBox, { vendorId: id, apiKey: context.req.valid("json").apiKey, now: services.now() });
    recordAdminAction(services, context, { action: "vendor.secret.set", target: `vendor:${id}`, ...change });
    return context.body(null, 204);
  });
}
