import type Database from "better-sqlite3";
import type { AuditLog } from "../../audit/audit-log.ts";
import { type AuditLogOptions, createAuditLog } from "../../audit/create-audit-log.ts";
import { createSqliteAuditStore } from "./create-sqlite-audit-store.ts";
import { importLegacyAuditRows } from "./import-legacy-audit-rows.ts";
import { nodeChainHasher } from "./node-chain-hasher.ts";

/**
 * The audit log on SQLite: the hash chain in `audit_entries` with node:crypto's SHA-256,
 * signed when given a signer. Rows of a pre-chain database are chained on first open.
 */
export function createSqliteExchangeLog(database: Database.Database, options: Omit<AuditLogOptions, "store" | "hasher"> = {}): AuditLog {
  // setImmediate runs after every I/O callback of this loop turn, so the answers that came in together are logged in one commit.
  const log = createAuditLog({ scheduleGroupCommit: setImmediate, ...options, store: createSqliteAuditStore(database), hasher: nodeChainHasher });
  importLegacyAuditRows(database, log);
  return log;
}
