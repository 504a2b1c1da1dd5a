import type { AuditLog } from "./audit-log.ts";
import { type AuditLogOptions, createAuditLog } from "./create-audit-log.ts";
import { createMemoryAuditStore } from "./create-memory-audit-store.ts";

/** The audit log in memory (hash-chained; signed when given a signer), for tests and the Workers demo. */
export function createMemoryExchangeLog(options: Omit<AuditLogOptions, "store"> = {}): AuditLog {
  return createAuditLog({ ...options, store: createMemoryAuditStore() });
}
