import { createRoute, z } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import { newPolicySchema, type TenantPolicy } from "../../policy/tenant-policy.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors } from "./admin-schemas.ts";
import { policyView, policyViewSchema } from "./policy-view.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `POST /admin/policies`: creates a tenant policy (id `default` becomes the policy of keys without one). */
export function registerCreatePolicy(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "post",
    path: "/policies",
    summary: "Create a tenant policy",
    middleware: [requirePermission(services, "policies:write")] as const,
    request: { body: { required: true, content: { "application/json": { schema: newPolicySchema } } } },
    responses: { 201: { description: "The policy", content: { "application/json": { schema: z.object({ data: policyViewSchema }) } } }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const at = services.now().toISOString();
    const policy: TenantPolicy = { ...context.req.valid("json"), createdAt: at, updatedAt: at };
    if (!services.policies.insert(policy)) {
      return adminErrorResponse(new ProxyError("invalid_request", `A policy with id '${policy.id}' already exists.`), context.get("requestId"));
    }
    recordAdminAction(services, context, { action: "policy.create", target: `policy:${policy.id}`, before: null, after: policy });
    return context.json({ data: policyView(services, policy) }, 201);
  });
}
