import type { AdminActionRecord } from "./admin-action-record.ts";
import type { RetentionOutcome } from "./audit-log.ts";
import type { AuditSigner } from "./audit-signer.ts";
import type { AuditStore } from "./audit-store.ts";
import { retentionStatement } from "./signed-statements.ts";

/**
 * Retention by whole segments. A segment ends at a signed checkpoint; the run removes every
 * entry up to the newest checkpoint that still lies entirely before `cutoff`, so the rest
 * of the chain verifies from that checkpoint's signed hash. The removal is itself signed
 * (a retention record the store keeps beside the chain) and logged as an admin action.
 */
export function applyAuditRetention(options: {
  store: AuditStore;
  signer: AuditSigner | undefined;
  now: () => Date;
  cutoff: string;
  log: (record: AdminActionRecord) => void;
}): RetentionOutcome {
  const { store, signer, cutoff } = options;
  if (!signer) return { applied: false, reason: "unsigned", cutoff };
  const floor = store.retentions().at(-1)?.throughSeq ?? 0;
  // Entries are appended when an exchange ends, so times are not strictly ordered by seq:
  // stop before the first entry that is young enough to keep.
  const firstKept = store.firstSeqAtOrAfter(cutoff) ?? store.head().seq + 1;
  const candidates = store.checkpoints().filter((checkpoint) => checkpoint.seq > floor && checkpoint.seq < firstKept);
  const boundary = candidates.at(-1);
  if (!boundary) return { applied: false, reason: firstKept - 1 > floor ? "no_checkpoint" : "nothing_old_enough", cutoff };

  const unsigned = { throughSeq: boundary.seq, throughHash: boundary.hash, cutoff, time: options.now().toISOString() };
  const removed = store.applyRetention({ ...unsigned, publicKey: signer.publicKey, signature: signer.sign(retentionStatement(unsigned)) });
  options.log({
    time: unsigned.time,
    requestId: `retention-${boundary.seq}`,
    actorKeyId: null,
    action: "audit.retention",
    target: "audit:log",
    before: { firstSeq: floor + 1 },
    after: { throughSeq: boundary.seq, removed, cutoff },
  });
  return { applied: true, throughSeq: boundary.seq, removed, cutoff };
}
