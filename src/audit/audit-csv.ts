import type { AuditItem } from "./audit-entry.ts";
import { canonicalJson } from "./canonical-json.ts";

/** The CSV export's columns, in order; fields an entry's kind lacks stay empty. */
export const AUDIT_CSV_COLUMNS = [
  "seq", "hash", "kind", "time", "request_id", "key_id", "endpoint", "vendor", "model", "stream", "status", "http_status",
  "latency_ms", "entity_counts", "rule_ids", "action", "target", "before", "after", "redacted_request", "redacted_response",
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or CR) gets a `'` first.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV header line, CRLF-terminated. */
export const auditCsvHeader = (): string => `${AUDIT_CSV_COLUMNS.join(",")}\r\n`;

/** One entry as a CSV line, CRLF-terminated; the sealed value map is never exported. */
export function auditCsvRow(item: AuditItem): string {
  const { entry } = item;
  const common = { seq: item.seq, hash: item.hash, kind: entry.kind, time: entry.record.time, request_id: entry.record.requestId };
  const fields: Partial<Record<(typeof AUDIT_CSV_COLUMNS)[number], string | number | boolean | null>> =
    entry.kind === "exchange"
      ? {
          ...common,
          key_id: entry.record.keyId,
          endpoint: entry.record.endpoint,
          vendor: entry.record.vendor,
          model: entry.record.model,
          stream: entry.record.stream,
          status: entry.record.status,
          http_status: entry.record.httpStatus,
          latency_ms: entry.record.latencyMs,
          entity_counts: canonicalJson(entry.record.entityCounts),
          rule_ids: (entry.record.ruleIds ?? []).join(";"),
          redacted_request: entry.record.redactedRequest,
          redacted_response: entry.record.redactedResponse,
        }
      : {
          ...common,
          key_id: entry.record.actorKeyId,
          action: entry.record.action,
          target: entry.record.target,
          before: canonicalJson(entry.record.before ?? null),
          after: canonicalJson(entry.record.after ?? null),
        };
  return `${AUDIT_CSV_COLUMNS.map((column) => csvField(fields[column])).join(",")}\r\n`;
}
