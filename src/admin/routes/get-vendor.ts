import { createRoute, z } from "@hono/zod-openapi";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { idParams } from "./admin-schemas.ts";
import { vendorView, vendorViewSchema } from "./vendor-view.ts";

/** `GET /admin/vendors/{id}`: one vendor. */
export function registerGetVendor(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/vendors/{id}",
    summary: "Get a vendor",
    middleware: [requirePermission(services, "vendors:read")] as const,
    request: { params: idParams },
    responses: {
      200: { description: "The vendor", content: { "application/json": { schema: z.object({ data: vendorViewSchema }) } } },
      404: { description: "AdminError: no such vendor" },
    },
  });
  app.openapi(route, (context) => {
    const { id } = context.req.valid("param");
    services.vendors.refresh();
    const record = services.vendors.get(id);
    if (!record) return adminErrorResponse(new ProxyError("not_found", `No vendor with id '${id}'.`), context.get("requestId"));
    return context.json({ data: vendorView(services, record) }, 200);
  });
}
