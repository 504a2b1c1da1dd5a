import type { ExchangeLog, ExchangeRecord } from "../audit/exchange-record.ts";
import { ProxyError } from "../errors.ts";

type Facts = Pick<ExchangeRecord, "keyId" | "vendor" | "model" | "stream" | "redactedRequest" | "entityCounts">;

/** Gathers the facts of one exchange as the pipeline learns them, and appends one record at the end. */
export interface ExchangeAudit {
  note(facts: Partial<Facts>): void;
  /** The redacted request as an object, serialised only if the exchange ends before it is sent. */
  noteRequestBody(body: unknown): void;
  /** Appends the record; throws ProxyError `audit_failed` when the log cannot take it. */
  finish(outcome: { status: string; httpStatus: number; redactedResponse?: string | null }): void;
}

export function startExchangeAudit(
  log: ExchangeLog,
  options: { requestId: string; endpoint: string; now: () => Date },
): ExchangeAudit {
  const startedAt = performance.now();
  const time = options.now().toISOString();
  const facts: Facts = { keyId: null, vendor: null, model: null, stream: false, redactedRequest: null, entityCounts: {} };
  let finished = false;
  let requestBody: unknown;
  return {
    note(update) {
      Object.assign(facts, update);
    },
    noteRequestBody(body) {
      requestBody = body;
    },
    finish(outcome) {
      if (finished) return;
      finished = true;
      const record: ExchangeRecord = {
        time,
        requestId: options.requestId,
        endpoint: options.endpoint,
        ...facts,
        redactedRequest: facts.redactedRequest ?? (requestBody === undefined ? null : JSON.stringify(requestBody)),
        status: outcome.status,
        httpStatus: outcome.httpStatus,
        latencyMs: Math.round((performance.now() - startedAt) * 1000) / 1000,
        redactedResponse: outcome.redactedResponse ?? null,
      };
      try {
        log.append(record);
      } catch (error) {
        throw new ProxyError("audit_failed", "The exchange could not be written to the audit log, so its answer is withheld.", { cause: error });
      }
    },
  };
}
