import { createRoute, z } from "@hono/zod-openapi";
import { auditExportResponse } from "../../http/audit-export-response.ts";
import type { Services } from "../../services.ts";
import type { AdminApp } from "../admin-env.ts";
import { requirePermission } from "../require-permission.ts";
import { auditFilterQuery, toAuditFilter } from "./audit-filter-query.ts";

/** `GET /admin/audit/export?format=jsonl|csv`: every matching entry, oldest first, streamed; the export is logged. */
export function registerAuditExport(app: AdminApp, services: Services): void {
  const route = createRoute({
    method: "get",
    path: "/audit/export",
    summary: "Export audit entries (streamed JSON lines or CSV)",
    middleware: [requirePermission(services, "audit:export")] as const,
    request: { query: auditFilterQuery.extend({ format: z.enum(["jsonl", "csv"]).default("jsonl") }) },
    responses: {
      200: {
        description: "One entry per line (JSONL: an AuditItem; CSV: a header, then one row each). Sealed value maps are never exported.",
        content: { "application/x-ndjson": { schema: z.string() }, "text/csv": { schema: z.string() } },
      },
    },
  });
  app.openapi(route, (context) => {
    const { format, ...query } = context.req.valid("query");
    return auditExportResponse(services, {
      requestId: context.get("requestId"),
      actorKeyId: context.get("principal").keyId,
      filter: toAuditFilter(query),
      format,
    });
  });
}
