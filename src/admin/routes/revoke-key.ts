import { createRoute, z } from "@hono/zod-openapi";
import { reviewKeys } from "../../auth/review-keys.ts";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { keyViewSchema } from "./key-view.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `POST /admin/keys/{id}/revoke`: the key stops authenticating at once. */
export function registerRevokeKey(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "post",
    path: "/keys/{id}/revoke",
    summary: "Revoke a key",
    middleware: [requirePermission(services, "keys:write")] as const,
    request: { params: idParams },
    responses: { 200: { description: "The revoked key", content: { "application/json": { schema: z.object({ data: keyViewSchema }) } } }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const requestId = context.get("requestId");
    const before = services.keys.list().find((key) => key.id === id);
    if (!before) return adminErrorResponse(new ProxyError("not_found", `No key with id '${id}'.`), requestId);
    if (!services.keys.revoke(id, services.now().toISOString())) return adminErrorResponse(new ProxyError("invalid_request", `Key '${id}' is already revoked.`), requestId);
    const after = services.keys.list().find((key) => key.id === id)!;
    const [beforeView, afterView] = reviewKeys([before, after], services.now(), services.compliance.keyStaleDays);
    recordAdminAction(services, context, { action: "key.revoke", target: `key:${id}`, before: beforeView, after: afterView });
    return context.json({ data: afterView! }, 200);
  });
}
