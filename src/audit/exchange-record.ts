/**
 * One exchange in the transcript log. Only redacted text is ever put here: request and
 * response hold placeholders, never the values behind them. New optional fields can be
 * added freely: the audit chain hashes whatever the record holds (see canonical-json.ts).
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
  /** Ids of the detection (and, when noted, policy) rules that fired, sorted. */
  ruleIds?: string[];
  /** Per rule and type: how often it fired and what policy did with it (ids and types only, never values). */
  findingRules?: Array<{ rule: string; type: string; action: string; count: number }>;
  /**
   * Break-glass only (off by default): the placeholder → value map, sealed with the master
   * key and bound to this exchange (see create-value-map-sealer.ts). Never shown or exported.
   */
  sealedValueMap?: string;
}
