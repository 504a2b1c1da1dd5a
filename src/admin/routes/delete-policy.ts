import { createRoute } from "@hono/zod-openapi";
import { activeKeysFollowing } from "../../auth/active-keys-following.ts";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";

/** `DELETE /admin/policies/{id}`: deletes a policy no active key follows (reassign those keys first). */
export function registerDeletePolicy(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "delete",
    path: "/policies/{id}",
    summary: "Delete a tenant policy",
    middleware: [requirePermission(services, "policies:write")] as const,
    request: { params: idParams },
    responses: { 204: { description: "Deleted" }, ...changeErrors },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const requestId = context.get("requestId");
    const before = services.policies.get(id);
    if (!before) return adminErrorResponse(new ProxyError("not_found", `No policy with id '${id}'.`), requestId);
    const followers = activeKeysFollowing(services.keys, id);
    if (followers > 0) {
      return adminErrorResponse(new ProxyError("invalid_request", `Policy '${id}' is assigned to ${followers} active key(s); assign them another policy first.`), requestId);
    }
    services.policies.delete(id);
    recordAdminAction(services, context, { action: "policy.delete", target: `policy:${id}`, before, after: null });
    return context.body(null, 204);
  });
}
