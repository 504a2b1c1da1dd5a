import { createRoute } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `DELETE /admin/vendors/{id}/secret`: forgets the stored API key; the vendor falls back to its `apiKeyEnv`. */
export function registerDeleteVendorSecret(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "delete",
    path: "/vendors/{id}/secret",
    summary: "Delete a vendor's stored API key",
    middleware: [requirePermission(services, "vendors:write")] as const,
    request: { params: idParams },
    responses: { 204: { description: "Deleted" }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    if (!services.vendorSecrets.delete(id)) return adminErrorResponse(new ProxyError("not_found", `Vendor '${id}' has no stored API key.`), context.get("requestId"));
    recordAdminAction(services, context, { action: "vendor.secret.delete", target: `vendor:${id}`, before: { hasStoredApiKey: true }, after: { hasStoredApiKey: false } });
    return context.body(null, 204);
  });
}
