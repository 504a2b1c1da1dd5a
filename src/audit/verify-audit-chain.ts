import type { AuditEntry, StoredAuditEntry } from "./audit-entry.ts";
import { auditFacets, type FacetColumns, facetColumns, sameFacetColumns } from "./audit-facets.ts";
import type { AuditSigner } from "./audit-signer.ts";
import { type ChainHasher, GENESIS_HASH } from "./chain-hasher.ts";
import type { ChainProblem, ChainVerification } from "./chain-verification.ts";
import { classifyChainBreak } from "./classify-chain-break.ts";
import { type AuditCheckpoint, type AuditRetention, checkpointStatement, retentionStatement } from "./signed-statements.ts";

/** Everything a verification reads. `entries` is called again (to classify) only when a break is found. */
export interface ChainVerificationInput {
  entries: () => Iterable<StoredAuditEntry>;
  checkpoints: readonly AuditCheckpoint[];
  retentions: readonly AuditRetention[];
  hasher: ChainHasher;
  /** Checks signatures; without it, signed records are taken as they are. */
  verifier?: Pick<AuditSigner, "verify">;
  /** Keys whose signatures count; empty trusts whichever key a record names. */
  trustedPublicKeys: readonly string[];
}

/**
 * Walks the whole chain once, oldest first: each entry must hash to its stored hash
 * (content unchanged), name the previous entry's hash (nothing removed, inserted or moved),
 * and carry the next seq; each signed checkpoint must verify and match the entry it names.
 * Verification starts after the newest signed retention record, at that checkpoint's hash.
 */
export function verifyAuditChain(input: ChainVerificationInput): ChainVerification {
  const signatureProblem = (seq: number, what: string, statement: string, signed: { publicKey: string; signature: string }): ChainProblem | undefined => {
    if (input.trustedPublicKeys.length > 0 && !input.trustedPublicKeys.includes(signed.publicKey)) {
      return { kind: "untrusted_key", seq, message: `The ${what} at seq ${seq} is signed by ${signed.publicKey}, which is not a trusted audit key.` };
    }
    if (input.verifier && !input.verifier.verify(statement, signed.signature, signed.publicKey)) {
      return { kind: "bad_signature", seq, message: `The ${what} at seq ${seq} has an invalid signature.` };
    }
    return undefined;
  };
  const fail = (problem: ChainProblem, entries: number): ChainVerification => ({ ok: false, problem, entries });

  const checkpointAt = new Map(input.checkpoints.map((checkpoint) => [checkpoint.seq, checkpoint]));
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  const floor = input.retentions.at(-1);
  for (const retention of input.retentions) {
    const problem = signatureProblem(retention.throughSeq, "retention record", retentionStatement(retention), retention);
    if (problem) return fail(problem, 0);
  }
  if (floor) {
    const anchor = checkpointAt.get(floor.throughSeq);
    if (!anchor || anchor.hash !== floor.throughHash) {
      return fail({ kind: "bad_retention", seq: floor.throughSeq, message: `Retention removed entries through ${floor.throughSeq}, but no signed checkpoint vouches for that point.` }, 0);
    }
    const problem = signatureProblem(anchor.seq, "checkpoint", checkpointStatement(anchor), anchor);
    if (problem) return fail(problem, 0);
    expectedPrev = floor.throughHash;
    expectedSeq = floor.throughSeq + 1;
  }

  let count = 0;
  let firstSeq: number | null = null;
  let lastCheckpointSeq: number | null = null;
  let checkpoints = 0;
  let broken = false;
  let mismatch: { seq: number; signedHash: string } | undefined;
  for (const row of input.entries()) {
    if (input.hasher(row.prevHash, row.text) !== row.hash || row.prevHash !== expectedPrev || row.seq !== expectedSeq) {
      broken = true;
      break;
    }
    if (row.facets && !facetsMatch(row.text, row.facets)) {
      return fail({ kind: "changed", seq: row.seq, message: `Entry ${row.seq}'s search columns no longer match its hashed content: they were edited.` }, count);
    }
    const checkpoint = checkpointAt.get(row.seq);
    if (checkpoint) {
      const problem = signatureProblem(row.seq, "checkpoint", checkpointStatement(checkpoint), checkpoint);
      if (problem) return fail(problem, count);
      if (checkpoint.hash !== row.hash) {
        mismatch = { seq: row.seq, signedHash: checkpoint.hash };
        break;
      }
      checkpoints += 1;
      lastCheckpointSeq = row.seq;
    }
    firstSeq ??= row.seq;
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
    count += 1;
  }
  // Classified after the walk, so the store's cursor is closed before the table is read again.
  if (broken) return fail(classifyChainBreak([...input.entries()], count, expectedPrev, expectedSeq, input.hasher), count);
  if (mismatch) {
    // The signed entry sits further on: everything from here up to it was slipped in.
    const moved = [...input.entries()].find((candidate) => candidate.hash === mismatch.signedHash);
    if (moved && moved.seq > mismatch.seq) {
      return fail({ kind: "inserted", seq: mismatch.seq, message: `Entry at seq ${mismatch.seq} was never appended: the entry signed at seq ${mismatch.seq} now sits at seq ${moved.seq}.` }, count);
    }
    const from = (lastCheckpointSeq ?? floor?.throughSeq ?? 0) + 1;
    return fail({
      kind: "rewritten",
      seq: from,
      message: `The chain was rewritten after seq ${from - 1}: the signed checkpoint at seq ${mismatch.seq} vouches for another hash. Entries ${from}–${mismatch.seq} cannot be trusted.`,
    }, count);
  }
  const lastSeq = expectedSeq - 1;
  const beyond = input.checkpoints.find((checkpoint) => checkpoint.seq > lastSeq);
  if (beyond) {
    return fail({ kind: "removed", seq: lastSeq + 1, message: `Entries ${lastSeq + 1}–${beyond.seq} are missing: a signed checkpoint vouches for entry ${beyond.seq}.` }, count);
  }
  return {
    ok: true,
    entries: count,
    firstSeq,
    lastSeq,
    headHash: expectedPrev,
    checkpoints,
    lastCheckpointSeq,
    unsignedEntries: lastSeq - (lastCheckpointSeq ?? floor?.throughSeq ?? 0),
    retainedAfterSeq: floor?.throughSeq ?? null,
  };
}

/** Whether a store's copy of the searchable fields still holds the bytes the hashed entry gives them. */
function facetsMatch(text: string, columns: FacetColumns): boolean {
  try {
    return sameFacetColumns(facetColumns(auditFacets(JSON.parse(text) as AuditEntry)), columns);
  } catch {
    return false;
  }
}
