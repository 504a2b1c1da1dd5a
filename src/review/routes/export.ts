import { AUDIT_EXPORT_CONTENT_TYPES, createAuditExportStream } from "../../audit/create-audit-export-stream.ts";
import { can } from "../../auth/permissions.ts";
import type { Services } from "../../services.ts";
import type { ReviewApp } from "../review-env.ts";
import { parseReviewFilters } from "../review-filters.ts";

/** `GET /review/export?format=jsonl|csv&…filters`: the console's download of the filtered entries (needs audit:export); the export is logged. */
export function registerReviewExport(app: ReviewApp, services: Services): void {
  app.get("/export", (context) => {
    if (!can(context.get("reviewer"), "audit:export")) return context.text("This key lacks the audit:export permission.", 403);
    const format = context.req.query("format") === "csv" ? "csv" : "jsonl";
    const { filter } = parseReviewFilters(context.req.query());
    services.exchangeLog.appendAdminAction({
      time: services.now().toISOString(),
      requestId: context.get("requestId"),
      actorKeyId: context.get("reviewer").keyId,
      action: "audit.export",
      target: "audit:log",
      before: null,
      after: { format, filter },
    });
    return new Response(createAuditExportStream(services.exchangeLog, filter, format), {
      headers: {
        "content-type": AUDIT_EXPORT_CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="veilgate-audit.${format}"`,
        "cache-control": "no-store",
      },
    });
  });
}
