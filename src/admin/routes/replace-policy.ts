import { createRoute, z } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import { policyBodySchema } from "../../policy/tenant-policy.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { policyView, policyViewSchema } from "./policy-view.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `PUT /admin/policies/{id}`: replaces a tenant policy's settings; its keys follow the new settings at once. */
export function registerReplacePolicy(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "put",
    path: "/policies/{id}",
    summary: "Replace a tenant policy",
    middleware: [requirePermission(services, "policies:write")] as const,
    request: { params: idParams, body: { required: true, content: { "application/json": { schema: policyBodySchema } } } },
    responses: { 200: { description: "The policy", content: { "application/json": { schema: z.object({ data: policyViewSchema }) } } }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const before = services.policies.get(id);
    if (!before) return adminErrorResponse(new ProxyError("not_found", `No policy with id '${id}'.`), context.get("requestId"));
    const after = { ...context.req.valid("json"), id, createdAt: before.createdAt, updatedAt: services.now().toISOString() };
    services.policies.replace(after);
    recordAdminAction(services, context, { action: "policy.update", target: `policy:${id}`, before, after });
    return context.json({ data: policyView(services, after) }, 200);
  });
}
