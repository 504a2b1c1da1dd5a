import { createRoute, z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { auditFilterQuery, toAuditFilter } from "./audit-filter-query.ts";

const summarySchema = z
  .object({
    entries: z.number().int(),
    exchanges: z.number().int(),
    refusals: z.number().int(),
    redactions: z.number().int(),
    perType: z.record(z.string(), z.number().int()),
    perDay: z.array(z.object({ day: z.string(), exchanges: z.number().int(), redactions: z.number().int(), refusals: z.number().int() })),
  })
  .openapi("AuditSummary");

/** `GET /admin/audit/summary`: counts per entity type and per day over the matching entries. */
export function registerAuditSummary(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/summary",
    summary: "Redactions and refusals per type and per day",
    middleware: [requirePermission(services, "audit:read")] as const,
    request: { query: auditFilterQuery },
    responses: { 200: { description: "Counts", content: { "application/json": { schema: summarySchema } } } },
  });
  app.openapi(route, (context) => context.json(services.exchangeLog.summarize(toAuditFilter(context.req.valid("query"))), 200));
}
