import type { AuditEntry } from "./audit-entry.ts";
import { NON_REFUSAL_STATUSES } from "./audit-query.ts";

/** One UTC day of traffic. */
export interface AuditDay {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  exchanges: number;
  /** Values replaced by placeholders. */
  redactions: number;
  refusals: number;
}

/** Counts over the entries a filter selects: what the console's chart and legend show. */
export interface AuditSummary {
  entries: number;
  exchanges: number;
  refusals: number;
  redactions: number;
  /** Redactions per entity type. */
  perType: Record<string, number>;
  /** Days that have exchanges, oldest first. */
  perDay: AuditDay[];
}

/** The reference summary over parsed entries (the memory store's; SQL stores must agree). */
export function summarizeEntries(entries: Iterable<AuditEntry>): AuditSummary {
  const summary: AuditSummary = { entries: 0, exchanges: 0, refusals: 0, redactions: 0, perType: {}, perDay: [] };
  const days = new Map<string, AuditDay>();
  for (const entry of entries) {
    summary.entries += 1;
    if (entry.kind !== "exchange") continue;
    const day = entry.record.time.slice(0, 10);
    const bucket = days.get(day) ?? { day, exchanges: 0, redactions: 0, refusals: 0 };
    days.set(day, bucket);
    const refused = !NON_REFUSAL_STATUSES.includes(entry.record.status);
    let redactions = 0;
    for (const [type, count] of Object.entries(entry.record.entityCounts)) {
      redactions += count;
      summary.perType[type] = (summary.perType[type] ?? 0) + count;
    }
    summary.exchanges += 1;
    summary.redactions += redactions;
    bucket.exchanges += 1;
    bucket.redactions += redactions;
    if (refused) {
      summary.refusals += 1;
      bucket.refusals += 1;
    }
  }
  summary.perDay = [...days.values()].sort((left, right) => left.day.localeCompare(right.day));
  return summary;
}
