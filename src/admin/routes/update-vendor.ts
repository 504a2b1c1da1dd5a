import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import { vendorFactsPatchSchema } from "../../vendors/vendor-schema.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { adminActor } from "./admin-actor.ts";
import { adminFailure } from "./admin-failure.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";
import { vendorView, vendorViewSchema } from "./vendor-view.ts";

/**
 * `PATCH /admin/vendors/{id}`: changes a vendor's facts. A proposal is edited in place; an
 * approved or suspended vendor gets a pending change, while the approved facts keep serving.
 * Either way the editor joins the contributors, none of whom may approve it.
 */
export function registerUpdateVendor(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "patch",
    path: "/vendors/{id}",
    summary: "Change a vendor's facts",
    middleware: [requirePermission(services, "vendors:write")] as const,
    request: { params: idParams, body: { required: true, content: { "application/json": { schema: vendorFactsPatchSchema } } } },
    responses: {
      200: { description: "The vendor, with the change applied (proposal) or pending", content: { "application/json": { schema: z.object({ data: vendorViewSchema }) } } },
      ...changeErrors,
    },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    const outcome = services.vendorLifecycle.update(id, context.req.valid("json"), adminActor(services, context.get("principal")));
    if (!outcome.ok) return adminFailure(outcome, context.get("requestId"));
    recordAdminAction(services, context, { action: "vendor.update", target: `vendor:${id}`, before: outcome.before, after: outcome.after });
    return context.json({ data: vendorView(services, outcome.after) }, 200);
  });
}
