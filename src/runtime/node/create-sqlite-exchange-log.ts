import type Database from "better-sqlite3";
import type { ExchangeLog, ExchangeRecord } from "../../audit/exchange-record.ts";

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
  return {
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
