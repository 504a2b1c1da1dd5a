import type { StoredAuditEntry } from "./audit-entry.ts";
import type { ChainHasher } from "./chain-hasher.ts";
import type { ChainProblem } from "./chain-verification.ts";

/**
 * Names what happened at the first row that does not follow the verified chain. `rows` is
 * the whole table in stored order, `index` the failing row, `expectedPrev`/`expectedSeq`
 * what the verified chain says comes next. Entries link to their predecessor by hash, so
 * the hashes tell a moved entry (its predecessor sits elsewhere) from an inserted one (the
 * genuine successor comes later) from a removed one (its predecessor is gone).
 */
export function classifyChainBreak(rows: readonly StoredAuditEntry[], index: number, expectedPrev: string, expectedSeq: number, hasher: ChainHasher): ChainProblem {
  const row = rows[index]!;
  const selfConsistent = hasher(row.prevHash, row.text) === row.hash;
  const indexOfHash = (hash: string) => rows.findIndex((candidate) => candidate.hash === hash);
  const predecessor = indexOfHash(row.prevHash);
  const genuineSuccessor = rows.findIndex((candidate, position) => position > index && candidate.prevHash === expectedPrev);

  if (genuineSuccessor > index) {
    if (predecessor > index) return { kind: "reordered", seq: row.seq, message: `Entry at seq ${row.seq} belongs after entry ${rows[predecessor]!.seq}: entries were reordered.` };
    const count = genuineSuccessor - index;
    return {
      kind: "inserted",
      seq: row.seq,
      message: `Entry at seq ${row.seq} ${count > 1 ? `(and ${count - 1} after it) ` : ""}was never appended: the genuine next entry is seq ${rows[genuineSuccessor]!.seq}.`,
    };
  }
  if (!selfConsistent) return { kind: "changed", seq: row.seq, message: `Entry ${row.seq} no longer matches its hash: its content was changed.` };
  if (row.prevHash === expectedPrev) {
    return { kind: "changed", seq: row.seq, message: `Entry ${row.seq} sits where entry ${expectedSeq} should: its position was changed.` };
  }
  if (predecessor > index) return { kind: "reordered", seq: row.seq, message: `Entry at seq ${row.seq} belongs after entry ${rows[predecessor]!.seq}: entries were reordered.` };
  if (predecessor >= 0 && predecessor < index - 1) {
    const first = rows[predecessor + 1]!;
    return { kind: "inserted", seq: first.seq, message: `Entry at seq ${first.seq} was never appended: entry ${row.seq} follows entry ${rows[predecessor]!.seq} directly.` };
  }
  if (row.seq > expectedSeq) {
    const last = row.seq - 1;
    return { kind: "removed", seq: expectedSeq, message: `Entr${last > expectedSeq ? `ies ${expectedSeq}–${last} are` : `y ${expectedSeq} is`} missing from the chain.` };
  }
  const previousSeq = expectedSeq - 1;
  return {
    kind: "changed",
    seq: previousSeq,
    message: `Entry ${row.seq} expects a predecessor other than entry ${previousSeq}: entry ${previousSeq} was replaced (its hash recomputed), or an entry after it was removed and the rest renumbered.`,
  };
}
