import type Database from "better-sqlite3";
import type { ExchangeLog, ExchangeRecord } from "../../audit/exchange-record.ts";
import type { SqliteSchema } from "./open-database.ts";

/** The `exchanges` table: append-only, enforced by triggers. */
export const EXCHANGE_LOG_SCHEMA: SqliteSchema = {
  name: "exchange-log",
  migrations: [
    `CREATE TABLE exchanges (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       time TEXT NOT NULL,
       request_id TEXT NOT NULL,
       key_id TEXT,
       endpoint TEXT NOT NULL,
       vendor TEXT,
       model TEXT,
       stream INTEGER NOT NULL,
       status TEXT NOT NULL,
       http_status INTEGER NOT NULL,
       latency_ms REAL NOT NULL,
       entity_counts TEXT NOT NULL,
       redacted_request TEXT,
       redacted_response TEXT
     );
     CREATE INDEX exchanges_time ON exchanges (time);
     CREATE TRIGGER exchanges_append_only_update BEFORE UPDATE ON exchanges
       BEGIN SELECT RAISE(ABORT, 'the exchange log is append-only'); END;
     CREATE TRIGGER exchanges_append_only_delete BEFORE DELETE ON exchanges
       BEGIN SELECT RAISE(ABORT, 'the exchange log is append-only'); END;`,
    `CREATE TABLE admin_actions (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       time TEXT NOT NULL,
       request_id TEXT NOT NULL,
       actor_key_id TEXT,
       action TEXT NOT NULL,
       target TEXT NOT NULL,
       before_json TEXT,
       after_json TEXT
     );
     CREATE TRIGGER admin_actions_append_only_update BEFORE UPDATE ON admin_actions
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
     CREATE TRIGGER admin_actions_append_only_delete BEFORE DELETE ON admin_actions
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`,
  ],
};

interface AdminActionRow {
  time: string;
  request_id: string;
  actor_key_id: string | null;
  action: string;
  target: string;
  before_json: string | null;
  after_json: string | null;
}

interface ExchangeRow {
  seq: number;
  time: string;
  request_id: string;
  key_id: string | null;
  endpoint: string;
  vendor: string | null;
  model: string | null;
  stream: number;
  status: string;
  http_status: number;
  latency_ms: number;
  entity_counts: string;
  redacted_request: string | null;
  redacted_response: string | null;
}

const toRecord = (row: ExchangeRow): ExchangeRecord & { seq: number } => ({
  seq: row.seq,
  time: row.time,
  requestId: row.request_id,
  keyId: row.key_id,
  endpoint: row.endpoint,
  vendor: row.vendor,
  model: row.model,
  stream: row.stream === 1,
  status: row.status,
  httpStatus: row.http_status,
  latencyMs: row.latency_ms,
  entityCounts: JSON.parse(row.entity_counts) as Record<string, number>,
  redactedRequest: row.redacted_request,
  redactedResponse: row.redacted_response,
});

/** ExchangeLog on the append-only `exchanges` table. */
export function createSqliteExchangeLog(database: Database.Database): ExchangeLog {
  const insert = database.prepare(
    `INSERT INTO exchanges (time, request_id, key_id, endpoint, vendor, model, stream, status, http_status,
       latency_ms, entity_counts, redacted_request, redacted_response)
     VALUES (@time, @request_id, @key_id, @endpoint, @vendor, @model, @stream, @status, @http_status,
       @latency_ms, @entity_counts, @redacted_request, @redacted_response)`,
  );
  const recent = database.prepare<[number], ExchangeRow>("SELECT * FROM exchanges ORDER BY seq DESC LIMIT ?");
  const insertAdminAction = database.prepare(
    `INSERT INTO admin_actions (time, request_id, actor_key_id, action, target, before_json, after_json)
     VALUES (@time, @request_id, @actor_key_id, @action, @target, @before_json, @after_json)`,
  );
  const recentAdminActions = database.prepare<[number], AdminActionRow>("SELECT * FROM admin_actions ORDER BY seq DESC LIMIT ?");
  return {
    appendAdminAction(record) {
      insertAdminAction.run({
        time: record.time,
        request_id: record.requestId,
        actor_key_id: record.actorKeyId,
        action: record.action,
        target: record.target,
        before_json: JSON.stringify(record.before ?? null),
        after_json: JSON.stringify(record.after ?? null),
      });
    },
    recentAdminActions: (limit) =>
      recentAdminActions.all(limit).map((row) => ({
        time: row.time,
        requestId: row.request_id,
        actorKeyId: row.actor_key_id,
        action: row.action,
        target: row.target,
        before: JSON.parse(row.before_json ?? "null") as unknown,
        after: JSON.parse(row.after_json ?? "null") as unknown,
      })),
    append(record) {
      insert.run({
        time: record.time,
        request_id: record.requestId,
        key_id: record.keyId,
        endpoint: record.endpoint,
        vendor: record.vendor,
        model: record.model,
        stream: record.stream ? 1 : 0,
        status: record.status,
        http_status: record.httpStatus,
        latency_ms: record.latencyMs,
        entity_counts: JSON.stringify(record.entityCounts),
        redacted_request: record.redactedRequest,
        redacted_response: record.redactedResponse,
      });
    },
    recent: (limit) => recent.all(limit).map(toRecord),
  };
}
