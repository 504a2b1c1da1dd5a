import type { AuditFilter } from "../audit/audit-query.ts";
import { AUDIT_EXPORT_CONTENT_TYPES, type AuditExportFormat, createAuditExportStream } from "../audit/create-audit-export-stream.ts";
import type { Services } from "../services.ts";

/**
 * A download of the entries `filter` selects, streamed. Taking a copy of the log is itself
 * on the record: the export is logged, with its format and filter, before the first byte.
 * The admin API and the review console both serve exports this way.
 */
export function auditExportResponse(
  services: Pick<Services, "exchangeLog" | "now">,
  request: { requestId: string; actorKeyId: string; filter: AuditFilter; format: AuditExportFormat },
): Response {
  const { filter, format } = request;
  services.exchangeLog.appendAdminAction({
    time: services.now().toISOString(),
    requestId: request.requestId,
    actorKeyId: request.actorKeyId,
    action: "audit.export",
    target: "audit:log",
    before: null,
    after: { format, filter },
  });
  return new Response(createAuditExportStream(services.exchangeLog, filter, format), {
    status: 200,
    headers: {
      "content-type": AUDIT_EXPORT_CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="veilgate-audit.${format}"`,
      "cache-control": "no-store",
    },
  });
}
