import { createRoute, z } from "@hono/zod-openapi";
import { toPublicAuditItem } from "../../audit/public-audit-item.ts";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { auditItemSchema } from "./audit-item-schema.ts";
import { auditSearchQuery, toAuditFilter } from "./audit-filter-query.ts";

/** `GET /admin/audit/entries`: search the audit log, newest first, one page at a time. */
export function registerAuditSearch(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/entries",
    summary: "Search audit entries",
    middleware: [requirePermission(services, "audit:read")] as const,
    request: { query: auditSearchQuery },
    responses: {
      200: {
        description: "One page of entries; pass nextCursor as cursor for the next",
        content: { "application/json": { schema: z.object({ data: z.array(auditItemSchema), nextCursor: z.string().nullable() }) } },
      },
    },
  });
  app.openapi(route, (context) => {
    const { cursor, limit, order, ...filter } = context.req.valid("query");
    const page = services.exchangeLog.search({ ...toAuditFilter(filter), limit, order, ...(cursor ? { afterSeq: Number(cursor) } : {}) });
    return context.json({ data: page.items.map(toPublicAuditItem), nextCursor: page.nextAfterSeq === null ? null : String(page.nextAfterSeq) }, 200);
  });
}
