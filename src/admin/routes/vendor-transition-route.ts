import { createRoute, z } from "@hono/zod-openapi";
import type { Permission } from "../../auth/permissions.ts";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { adminActor } from "./admin-actor.ts";
import { adminFailure } from "./admin-failure.ts";
import { changeErrors, idParams } from "./admin-schemas.ts";
import { recordAdminAction } from "./record-admin-action.ts";
import { vendorView, vendorViewSchema } from "./vendor-view.ts";

/** A lifecycle step with no body: `POST /admin/vendors/{id}/<step>`. */
export function vendorTransitionRoute(options: {
  step: "approve" | "suspend" | "retire" | "reinstate";
  permission: Permission;
  summary: string;
  description: string;
}): (app: AdminApp, services: Services) => void {
  return function registerVendorTransition(app, services) {
    const route = createRoute({
      method: "post",
      path: `/vendors/{id}/${options.step}`,
      summary: options.summary,
      description: options.description,
      middleware: [requirePermission(services, options.permission)] as const,
      request: { params: idParams },
      responses: {
        200: { description: "The vendor after the step", content: { "application/json": { schema: z.object({ data: vendorViewSchema }) } } },
        ...changeErrors,
      },
    });
    app.openapi(route, (context) => {
      const { id } = context.req.valid("param");
      const outcome = services.vendorLifecycle[options.step](id, adminActor(services, context.get("principal")));
      if (!outcome.ok) return adminFailure(outcome, context.get("requestId"));
      recordAdminAction(services, context, { action: `vendor.${options.step}`, target: `vendor:${id}`, before: outcome.before, after: outcome.after });
      return context.json({ data: vendorView(services, outcome.after) }, 200);
    });
  };
}
