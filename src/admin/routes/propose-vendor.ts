import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import { vendorFactsSchema } from "../../vendors/vendor-schema.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { adminActor } from "./admin-actor.ts";
import { adminFailure } from "./admin-failure.ts";
import { changeErrors } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";
import { vendorView, vendorViewSchema } from "./vendor-view.ts";

/** `POST /admin/vendors`: proposes a new vendor; it gets no traffic until a different admin approves it. */
export function registerProposeVendor(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "post",
    path: "/vendors",
    summary: "Propose a vendor",
    middleware: [requirePermission(services, "vendors:write")] as const,
    request: { body: { required: true, content: { "application/json": { schema: vendorFactsSchema } } } },
    responses: {
      201: { description: "The proposed vendor", content: { "application/json": { schema: z.object({ data: vendorViewSchema }) } } },
      ...changeErrors,
    },
  });
  app.openapi(route, (context) => {
    const outcome = services.vendorLifecycle.propose(context.req.valid("json"), adminActor(services, context.get("principal")));
    if (!outcome.ok) return adminFailure(outcome, context.get("requestId"));
    recordAdminAction(services, context, { action: "vendor.propose", target: `vendor:${outcome.after.vendor.id}`, before: null, after: outcome.after });
    return context.json({ data: vendorView(services, outcome.after) }, 201);
  });
}
