import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { adminErrorSchema } from "./admin-schemas.ts";
import { vendorView, vendorViewSchema } from "./vendor-view.ts";

/** `GET /admin/vendors`: every vendor with its status, approvals, pending change and compliance warnings. */
export function registerListVendors(app: AdminApp, services: Services): void {
  // Every admin error has this shape; registered once so the document names it.
  app.openAPIRegistry.register("AdminError", adminErrorSchema);
  const route = createRoute({
    method: "get",
    path: "/vendors",
    summary: "List vendors",
    middleware: [requirePermission(services, "vendors:read")] as const,
    responses: {
      200: { description: "Every vendor", content: { "application/json": { schema: z.object({ data: z.array(vendorViewSchema), warningDays: z.number().int() }) } } },
    },
  });
  app.openapi(route, (context) => {
    services.vendors.refresh();
    return context.json({ data: services.vendors.records().map((record) => vendorView(services, record)), warningDays: services.compliance.vendorWarningDays }, 200);
  });
}
