import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import type { ChainVerification } from "../audit/chain-verification.ts";
import { createAuditExportStream } from "../audit/create-audit-export-stream.ts";
import { AUDIT_SIGNING_KEY_FILE } from "../runtime/node/create-node-audit-log.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import { parseCommandArgs } from "./config-flags.ts";
import { openAuditLog } from "./open-audit-log.ts";

const DAY_MS = 86_400_000;

/**
 * `veilgate audit verify|checkpoint|retention|export`: checks the whole chain (exit 1 and
 * the first tampered entry when it fails), signs the head, applies retention now, or
 * streams entries as JSONL/CSV to stdout.
 */
export async function runAuditCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { config, values } = parseCommandArgs(rest, { json: { type: "boolean" }, format: { type: "string" }, from: { type: "string" }, to: { type: "string" } });
  const dataDir = resolve(config.dataDir);
  const databaseFile = join(dataDir, "veilgate.db");
  // Reading commands must never create a data dir or keys: a missing file is the answer.
  for (const file of [databaseFile, join(dataDir, AUDIT_SIGNING_KEY_FILE)]) {
    if (!existsSync(file)) throw new Error(`no ${file}: point --data-dir at Veilgate's data dir`);
  }
  if (!process.env.VEILGATE_MASTER_KEY && !existsSync(join(dataDir, "master.key"))) throw new Error(`no master key: set VEILGATE_MASTER_KEY or restore ${join(dataDir, "master.key")}`);
  const database = openDatabase(databaseFile, SQLITE_SCHEMAS);
  try {
    const { log } = await openAuditLog({ config, dataDir, database, environment: process.env });
    switch (action) {
      case "verify": {
        const result = log.verify();
        process.stdout.write(values.json ? `${JSON.stringify({ ...result, publicKey: log.publicKey })}\n` : describeVerification(result, log.publicKey));
        return result.ok ? 0 : 1;
      }
      case "checkpoint": {
        const checkpoint = log.checkpoint();
        process.stdout.write(checkpoint ? `Signed checkpoint at seq ${checkpoint.seq} (${checkpoint.hash}).\n` : "The head is already signed.\n");
        return 0;
      }
      case "retention": {
        if (config.auditRetentionDays === 0) throw new Error("retention needs --audit-retention-days N (N > 0)");
        log.checkpoint();
        const outcome = log.applyRetention(new Date(Date.now() - config.auditRetentionDays * DAY_MS).toISOString());
        process.stdout.write(outcome.applied ? `Removed ${outcome.removed} entries through seq ${outcome.throughSeq} (older than ${outcome.cutoff}).\n` : `Nothing removed: ${outcome.reason}.\n`);
        return 0;
      }
      case "export": {
        const format = values.format ?? "jsonl";
        if (format !== "jsonl" && format !== "csv") throw new Error("--format must be jsonl or csv");
        const filter = { ...(typeof values.from === "string" ? { from: new Date(values.from).toISOString() } : {}), ...(typeof values.to === "string" ? { to: new Date(values.to).toISOString() } : {}) };
        await createAuditExportStream(log, filter, format).pipeTo(Writable.toWeb(process.stdout));
        return 0;
      }
      default:
        throw new Error("audit needs one of: verify, checkpoint, retention, export");
    }
  } finally {
    database.close();
  }
}

/** A verification as a person reads it. */
export function describeVerification(result: ChainVerification, publicKey: string | null): string {
  if (!result.ok) return `TAMPERED: entry ${result.problem.seq} was ${result.problem.kind.replace("_", " ")}.\n${result.problem.message}\n(${result.entries} entries verified before it.)\n`;
  const range = result.firstSeq === null ? "no entries" : `${result.entries} entries, seq ${result.firstSeq}–${result.lastSeq}`;
  const retained = result.retainedAfterSeq === null ? "" : `; entries through ${result.retainedAfterSeq} were removed by signed retention`;
  return `OK: ${range}; ${result.checkpoints} signed checkpoints (newest at ${result.lastCheckpointSeq ?? "none"}); ${result.unsignedEntries} not yet signed${retained}.\nHead: ${result.headHash}\nSigning key: ${publicKey ?? "none"}\n`;
}
