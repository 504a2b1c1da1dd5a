import { createRoute, z } from "@hono/zod-openapi";
import { toPublicAuditItem } from "../../audit/public-audit-item.ts";
import { ProxyError } from "../../errors.ts";
import type { Services } from "../../services.ts";
import { adminErrorResponse } from "../admin-error.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { auditItemSchema } from "./audit-item-schema.ts";

/** `GET /admin/audit/entries/{seq}`: one entry, with its hash. */
export function registerAuditGetEntry(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/entries/{seq}",
    summary: "Get one audit entry",
    middleware: [requirePermission(services, "audit:read")] as const,
    request: { params: z.object({ seq: z.coerce.number().int().min(1) }) },
    responses: {
      200: { description: "The entry", content: { "application/json": { schema: z.object({ data: auditItemSchema }) } } },
      404: { description: "No entry at that seq" },
    },
  });
  app.openapi(route, (context) => {
    const item = services.exchangeLog.get(context.req.valid("param").seq);
    if (!item) return adminErrorResponse(new ProxyError("not_found", "No audit entry at that seq."), context.get("requestId"));
    return context.json({ data: toPublicAuditItem(item) }, 200);
  });
}
