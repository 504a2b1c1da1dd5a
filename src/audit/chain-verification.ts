/** What went wrong first, and where. `seq` names the entry (or checkpoint) to look at. */
export interface ChainProblem {
  kind:
    | "changed" // an entry's content, hash, position, search columns or search index text was edited
    | "removed" // an entry is missing
    | "inserted" // an entry that was never appended sits in the chain
    | "reordered" // an entry sits before one that came before it
    | "rewritten" // hashes were recomputed after an edit: only a signed checkpoint disagrees
    | "bad_signature" // a checkpoint or retention record's signature does not verify
    | "untrusted_key" // signed, but not by a key this Veilgate trusts
    | "bad_retention"; // entries were cut without a valid signed retention record
  seq: number;
  message: string;
}

/** The result of checking the whole chain: a decision, not an exception. */
export type ChainVerification =
  | {
      ok: true;
      /** Entries checked. */
      entries: number;
      firstSeq: number | null;
      lastSeq: number;
      headHash: string;
      /** Signed checkpoints checked, and the newest one. */
      checkpoints: number;
      lastCheckpointSeq: number | null;
      /** Entries after the newest checkpoint: chained, not yet signed. */
      unsignedEntries: number;
      /** Set when old entries were removed by retention: verification starts after this checkpoint. */
      retainedAfterSeq: number | null;
    }
  | { ok: false; problem: ChainProblem; entries: number };
