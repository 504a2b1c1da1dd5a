import type { AuditLog } from "../audit/audit-log.ts";
import type { ExchangeRecord } from "../audit/exchange-record.ts";
import { createValueMapSealer } from "../audit/create-value-map-sealer.ts";
import { ProxyError } from "../errors.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { ExchangeVault } from "../vault/create-exchange-vault.ts";

type Facts = Pick<ExchangeRecord, "keyId" | "vendor" | "model" | "stream" | "redactedRequest" | "entityCounts" | "ruleIds" | "findingRules">;

/** Gathers the facts of one exchange as the pipeline learns them, and appends one record at the end. */
export interface ExchangeAudit {
  note(facts: Partial<Facts>): void;
  /**
   * The redacted request as an object, serialised (and passed through `scrub`, which puts
   * placeholders back where a policy let values through) only if the exchange ends before
   * it is sent.
   */
  noteRequestBody(body: unknown, scrub: (text: string) => string): void;
  /** The exchange's vault: its rule ids are logged, and (break-glass only) its sealed value map. */
  noteVault(vault: ExchangeVault): void;
  /**
   * Appends the record (grouped with others finishing now) and resolves once it is stored;
   * rejects with ProxyError `audit_failed` when the log cannot take it. Only the first call appends.
   */
  finish(outcome: { status: string; httpStatus: number; redactedResponse?: string | null }): Promise<void>;
}

export function startExchangeAudit(
  log: AuditLog,
  options: {
    requestId: string;
    endpoint: string;
    now: () => Date;
    /** Break-glass reveal: when set, the value map is sealed under it and kept with the record. Off by default. */
    revealBox?: SecretBox | undefined;
  },
): ExchangeAudit {
  const startedAt = performance.now();
  const time = options.now().toISOString();
  const facts: Facts = { keyId: null, vendor: null, model: null, stream: false, redactedRequest: null, entityCounts: {} };
  let finished = false;
  let requestBody: { body: unknown; scrub: (text: string) => string } | undefined;
  let vault: ExchangeVault | undefined;
  /** The request body as logged; a body that cannot be written out again is logged as missing rather than leaving the exchange unlogged. */
  const redactedBody = (): string | null => {
    if (!requestBody) return null;
    try {
      return requestBody.scrub(JSON.stringify(requestBody.body));
    } catch {
      return null;
    }
  };
  return {
    note(update) {
      Object.assign(facts, update);
    },
    noteRequestBody(body, scrub) {
      requestBody = { body, scrub };
    },
    noteVault(exchangeVault) {
      vault = exchangeVault;
    },
    async finish(outcome) {
      if (finished) return;
      finished = true;
      const ruleIds = [...new Set([...(facts.ruleIds ?? []), ...(vault?.ruleIds ?? [])])].sort();
      const record: ExchangeRecord = {
        time,
        requestId: options.requestId,
        endpoint: options.endpoint,
        ...facts,
        redactedRequest: facts.redactedRequest ?? redactedBody(),
        status: outcome.status,
        httpStatus: outcome.httpStatus,
        latencyMs: Math.round((performance.now() - startedAt) * 1000) / 1000,
        redactedResponse: outcome.redactedResponse ?? null,
        ...(ruleIds.length > 0 ? { ruleIds } : {}),
      };
      try {
        if (options.revealBox && vault && vault.counts.size > 0) {
          record.sealedValueMap = createValueMapSealer(options.revealBox).seal(vault.entries(), record);
        }
        await log.appendGrouped(record);
      } catch (error) {
        throw new ProxyError("audit_failed", "The exchange could not be written to the audit log, so its answer is withheld.", { cause: error });
      }
    },
  };
}
