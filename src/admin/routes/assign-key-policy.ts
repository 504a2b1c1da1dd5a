import { createRoute, z } from "@hono/zod-openapi";
import { reviewKeys } from "../../auth/review-keys.ts";
import { ProxyError } from "../../errors.ts";
import { policyIdSchema } from "../../policy/tenant-policy.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { keyViewSchema } from "./key-view.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `PUT /admin/keys/{id}/policy`: puts a client key under a tenant policy (null: the default policy). */
export function registerAssignKeyPolicy(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "put",
    path: "/keys/{id}/policy",
    summary: "Assign a tenant policy to a client key",
    middleware: [requirePermission(services, "policies:write")] as const,
    request: { params: idParams, body: { required: true, content: { "application/json": { schema: z.strictObject({ policyId: policyIdSchema.nullable() }) } } } },
    responses: { 200: { description: "The key", content: { "application/json": { schema: z.object({ data: keyViewSchema }) } } }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const { policyId } = context.req.valid("json");
    const requestId = context.get("requestId");
    const before = services.keys.list().find((key) => key.id === id);
    if (!before) return adminErrorResponse(new ProxyError("not_found", `No key with id '${id}'.`), requestId);
    if (before.role !== "client") return adminErrorResponse(new ProxyError("invalid_request", `Key '${id}' is an ${before.role} key; only client keys follow tenant policies.`), requestId);
    if (policyId !== null && !services.policies.get(policyId)) return adminErrorResponse(new ProxyError("invalid_request", `policyId: no policy with id '${policyId}'.`), requestId);
    services.keys.setPolicy(id, policyId);
    const after = services.keys.list().find((key) => key.id === id)!;
    const [beforeView, afterView] = reviewKeys([before, after], services.now(), services.compliance.keyStaleDays);
    recordAdminAction(services, context, { action: "key.policy", target: `key:${id}`, before: beforeView, after: afterView });
    return context.json({ data: afterView! }, 200);
  });
}
