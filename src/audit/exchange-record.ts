import type { AdminActionRecord } from "./admin-action-record.ts";

/**
 * One exchange in the transcript log. Only redacted text is ever put here: request and
 * response hold placeholders, never the values behind them.
 */
export interface ExchangeRecord {
  time: string;
  requestId: string;
  keyId: string | null;
  endpoint: string;
  vendor: string | null;
  model: string | null;
  stream: boolean;
  /** "ok", or the error code that ended the exchange. */
  status: string;
  httpStatus: number;
  latencyMs: number;
  /** Findings per entity type, e.g. `{ "US_SSN": 2 }`. */
  entityCounts: Record<string, number>;
  redactedRequest: string | null;
  redactedResponse: string | null;
}

/** Storage port for the audit log (exchanges and admin actions): append and read, never change. */
export interface ExchangeLog {
  append(record: ExchangeRecord): void;
  appendAdminAction(record: AdminActionRecord): void;
  /** Admin actions, newest first. */
  recentAdminActions(limit: number): AdminActionRecord[];
  /** Newest first, each with its position in the log. */
  recent(limit: number): Array<ExchangeRecord & { seq: number }>;
}

/** In-memory ExchangeLog, for tests and the Workers demo. */
export function createMemoryExchangeLog(): ExchangeLog {
  const records: Array<ExchangeRecord & { seq: number }> = [];
  const adminActions: AdminActionRecord[] = [];
  return {
    appendAdminAction(record) {
      adminActions.push(structuredClone(record));
    },
    recentAdminActions: (limit) => adminActions.slice(-limit).reverse().map((record) => structuredClone(record)),
    append(record) {
      records.push({ ...structuredClone(record), seq: records.length + 1 });
    },
    recent: (limit) => records.slice(-limit).reverse().map((record) => structuredClone(record)),
  };
}
