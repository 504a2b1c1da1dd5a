import { canonicalJson } from "./canonical-json.ts";

/**
 * A signed checkpoint: the signer vouches that entry `seq` of the chain has hash `hash`,
 * and so (through the chain) for every entry up to it.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  time: string;
  publicKey: string;
  signature: string;
}

/**
 * A signed retention record: every entry up to `throughSeq` (a checkpoint) was removed on
 * purpose, because it was older than `cutoff`. Verification starts after it, from that
 * checkpoint's hash.
 */
export interface AuditRetention {
  throughSeq: number;
  throughHash: string;
  cutoff: string;
  time: string;
  publicKey: string;
  signature: string;
}

/** The exact text a checkpoint signature covers (canonical JSON with a type tag, so it cannot pass for another statement). */
export function checkpointStatement(checkpoint: Pick<AuditCheckpoint, "seq" | "hash" | "time">): string {
  return canonicalJson({ type: "veilgate.audit.checkpoint", version: 1, seq: checkpoint.seq, hash: checkpoint.hash, time: checkpoint.time });
}

/** The exact text a retention signature covers. */
export function retentionStatement(retention: Pick<AuditRetention, "throughSeq" | "throughHash" | "cutoff" | "time">): string {
  return canonicalJson({
    type: "veilgate.audit.retention",
    version: 1,
    throughSeq: retention.throughSeq,
    throughHash: retention.throughHash,
    cutoff: retention.cutoff,
    time: retention.time,
  });
}
