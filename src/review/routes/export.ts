import { can } from "../../auth/permissions.ts";
import { auditExportResponse } from "../../http/audit-export-response.ts";
import type { Services } from "../../services.ts";
import type { ReviewApp } from "../review-env.ts";
import { parseReviewFilters } from "../review-filters.ts";

/** `GET /review/export?format=jsonl|csv&…filters`: the console's download of the filtered entries (needs audit:export); the export is logged. */
export function registerReviewExport(app: ReviewApp, services: Services): void {
  app.get("/export", (context) => {
    if (!can(context.get("reviewer"), "audit:export")) return context.text("This key lacks the audit:export permission.", 403);
    const format = context.req.query("format") === "csv" ? "csv" : "jsonl";
    const { filter } = parseReviewFilters(context.req.query());
    return auditExportResponse(services, { requestId: context.get("requestId"), actorKeyId: context.get("reviewer").keyId, filter, format });
  });
}
