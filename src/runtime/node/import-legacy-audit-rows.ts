import type Database from "better-sqlite3";
import type { AuditEntry } from "../../audit/audit-entry.ts";
import type { AuditLog } from "../../audit/audit-log.ts";

type LegacyExchange = {
  time: string; request_id: string; key_id: string | null; endpoint: string; vendor: string | null; model: string | null; stream: number;
  status: string; http_status: number; latency_ms: number; entity_counts: string; redacted_request: string | null; redacted_response: string | null;
};
type LegacyAdminAction = { time: string; request_id: string; actor_key_id: string | null; action: string; target: string; before_json: string | null; after_json: string | null };

/**
 * Once, on a database from before the hash chain: appends the rows of the old `exchanges`
 * and `admin_actions` tables to the (still empty) chain, oldest first. The old tables stay
 * as they were (append-only, no longer written).
 */
export function importLegacyAuditRows(database: Database.Database, log: AuditLog): number {
  const chained = database.prepare<[], { count: number }>("SELECT (SELECT count(*) FROM audit_entries) + (SELECT count(*) FROM audit_retention) AS count").get()!.count;
  if (chained > 0) return 0;
  const exchanges = database.prepare<[], LegacyExchange>("SELECT * FROM exchanges ORDER BY seq").all();
  const actions = database.prepare<[], LegacyAdminAction>("SELECT * FROM admin_actions ORDER BY seq").all();
  const entries: AuditEntry[] = [
    ...exchanges.map((row): AuditEntry => ({
      kind: "exchange",
      record: {
        time: row.time, requestId: row.request_id, keyId: row.key_id, endpoint: row.endpoint, vendor: row.vendor, model: row.model,
        stream: row.stream === 1, status: row.status, httpStatus: row.http_status, latencyMs: row.latency_ms,
        entityCounts: JSON.parse(row.entity_counts) as Record<string, number>, redactedRequest: row.redacted_request, redactedResponse: row.redacted_response,
      },
    })),
    ...actions.map((row): AuditEntry => ({
      kind: "admin_action",
      record: {
        time: row.time, requestId: row.request_id, actorKeyId: row.actor_key_id, action: row.action, target: row.target,
        before: JSON.parse(row.before_json ?? "null") as unknown, after: JSON.parse(row.after_json ?? "null") as unknown,
      },
    })),
  ].sort((left, right) => left.record.time.localeCompare(right.record.time));
  database.transaction(() => {
    for (const entry of entries) {
      if (entry.kind === "exchange") log.append(entry.record);
      else log.appendAdminAction(entry.record);
    }
  })();
  return entries.length;
}
