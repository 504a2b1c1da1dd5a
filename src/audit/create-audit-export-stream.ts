import type { AuditItem } from "./audit-entry.ts";
import type { AuditLog } from "./audit-log.ts";
import type { AuditFilter } from "./audit-query.ts";
import { auditCsvHeader, auditCsvRow } from "./audit-csv.ts";
import { toPublicAuditItem } from "./public-audit-item.ts";

export type AuditExportFormat = "jsonl" | "csv";

/** The content type each export format is served with. */
export const AUDIT_EXPORT_CONTENT_TYPES: Readonly<Record<AuditExportFormat, string>> = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Lines written per pull: the stream reads a page, writes it, and waits for the reader. */
const ITEMS_PER_PULL = 200;

/**
 * Every entry the filter selects, oldest first, as a byte stream of JSON lines (one
 * PublicAuditItem per line) or CSV (header, then one row per entry). The log is read a page
 * at a time as the reader pulls, so an export of any size holds one page in memory.
 */
export function createAuditExportStream(log: AuditLog, filter: AuditFilter, format: AuditExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const items: Iterator<AuditItem> = log.iterate(filter, "asc")[Symbol.iterator]();
  const line = format === "csv" ? auditCsvRow : (item: AuditItem) => `${JSON.stringify(toPublicAuditItem(item))}\n`;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = "";
        if (!started && format === "csv") text += auditCsvHeader();
        started = true;
        for (let count = 0; count < ITEMS_PER_PULL; count++) {
          const next = items.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += line(next.value);
        }
        controller.enqueue(encoder.encode(text));
      },
      cancel() {
        items.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
