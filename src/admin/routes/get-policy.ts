import { createRoute, z } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { idParams } from "./admin-schemas.ts";
import { policyView, policyViewSchema } from "./policy-view.ts";

/** `GET /admin/policies/{id}`: one tenant policy. */
export function registerGetPolicy(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/policies/{id}",
    summary: "Get a tenant policy",
    middleware: [requirePermission(services, "policies:read")] as const,
    request: { params: idParams },
    responses: {
      200: { description: "The policy", content: { "application/json": { schema: z.object({ data: policyViewSchema }) } } },
      404: { description: "AdminError: no such policy" },
    },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const policy = services.policies.get(id);
    if (!policy) return adminErrorResponse(new ProxyError("not_found", `No policy with id '${id}'.`), context.get("requestId"));
    return context.json({ data: policyView(services, policy) }, 200);
  });
}
