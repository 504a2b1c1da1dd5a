import { describe, expect, it } from "vitest";
import type { StoredAuditEntry } from "./audit-entry.ts";
import { auditFacets, facetColumns } from "./audit-facets.ts";
import { canonicalJson } from "./canonical-json.ts";
import { GENESIS_HASH, nobleChainHasher } from "./chain-hasher.ts";
import type { AuditCheckpoint } from "./signed-statements.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

/** Ten genuine entries, linked as the log links them. */
function chain(length = 10): StoredAuditEntry[] {
  const rows: StoredAuditEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const entry = { kind: "admin_action" as const, record: { time: `2026-01-01T00:00:${String(seq).padStart(2, "0")}.000Z`, requestId: `r${seq}`, actorKeyId: null, action: "test", target: `n:${seq}`, before: null, after: null } };
    const text = canonicalJson(entry);
    const hash = nobleChainHasher(previous, text);
    rows.push({ seq, prevHash: previous, hash, text, facets: facetColumns(auditFacets(entry)) });
    previous = hash;
  }
  return rows;
}

/** A checkpoint without a signature: these tests check the chain, not signatures. */
const checkpointAt = (row: StoredAuditEntry): AuditCheckpoint => ({ seq: row.seq, hash: row.hash, time: "t", publicKey: "k", signature: "s" });
const verify = (rows: StoredAuditEntry[], checkpoints: AuditCheckpoint[] = []) =>
  verifyAuditChain({ entries: () => rows, checkpoints, retentions: [], hasher: nobleChainHasher, trustedPublicKeys: [] });
const problemOf = (rows: StoredAuditEntry[], checkpoints: AuditCheckpoint[] = []) => {
  const result = verify(rows, checkpoints);
  return result.ok ? undefined : { kind: result.problem.kind, seq: result.problem.seq };
};
const relinked = (rows: StoredAuditEntry[]) => rows.map((row, index) => ({ ...row, seq: index + 1 }));

describe("verifyAuditChain", () => {
  it("accepts an untouched chain", () => {
    expect(verify(chain())).toMatchObject({ ok: true, entries: 10, lastSeq: 10 });
  });

  it("names an entry whose content changed", () => {
    const rows = chain();
    rows[4] = { ...rows[4]!, text: rows[4]!.text.replace('"n:5"', '"n:55"') };
    expect(problemOf(rows)).toEqual({ kind: "changed", seq: 5 });
  });

  it("names an entry whose search columns changed", () => {
    const rows = chain();
    rows[6] = { ...rows[6]!, facets: { ...rows[6]!.facets!, keyId: "key_someone_else" } };
    expect(problemOf(rows)).toEqual({ kind: "changed", seq: 7 });
  });

  it("names an entry whose JSON search column still parses to the same value but reads differently", () => {
    // SQL reads the column text (json_each counts both of a duplicate key), so the bytes must match, not the parsed value.
    for (const edit of [{ entityCounts: "{ }" }, { entityCounts: '{"US_SSN":-1,"US_SSN":0}' }, { ruleIds: '["a","a"]' }, { ruleIds: "[] " }]) {
      const rows = chain();
      rows[2] = { ...rows[2]!, facets: { ...rows[2]!.facets!, ...edit } };
      expect(problemOf(rows), JSON.stringify(edit)).toEqual({ kind: "changed", seq: 3 });
    }
  });

  it("names a removed entry, with or without the later ones renumbered", () => {
    const rows = chain();
    expect(problemOf(rows.filter((row) => row.seq !== 4))).toEqual({ kind: "removed", seq: 4 });
    expect(problemOf(chain().slice(1))).toEqual({ kind: "removed", seq: 1 });
    expect(problemOf(relinked(rows.filter((row) => row.seq !== 4)))).toMatchObject({ seq: 3 });
  });

  it("names an inserted entry, forged or copied", () => {
    const rows = chain();
    const forged = { seq: 0, prevHash: rows[5]!.hash, hash: "f".repeat(64), text: '{"kind":"admin_action"}' };
    expect(problemOf(relinked([...rows.slice(0, 6), forged, ...rows.slice(6)]))).toEqual({ kind: "inserted", seq: 7 });
    const consistent = { seq: 0, prevHash: rows[5]!.hash, hash: nobleChainHasher(rows[5]!.hash, "{}"), text: "{}" };
    expect(problemOf(relinked([...rows.slice(0, 6), consistent, ...rows.slice(6)]))).toEqual({ kind: "inserted", seq: 7 });
    expect(problemOf(relinked([...rows.slice(0, 6), rows[5]!, ...rows.slice(6)]))).toEqual({ kind: "inserted", seq: 7 });
  });

  it("names reordered entries", () => {
    const rows = chain();
    expect(problemOf(relinked([...rows.slice(0, 3), rows[4]!, rows[3]!, ...rows.slice(5)]))).toEqual({ kind: "reordered", seq: 4 });
  });

  it("catches a rewritten chain (hashes recomputed) at the signed checkpoint, and truncation after it", () => {
    const rows = chain();
    const checkpoints = [checkpointAt(rows[3]!), checkpointAt(rows[7]!)];
    const rewritten = rows.slice(0, 5);
    let previous = rewritten[4]!.prevHash;
    for (const row of rows.slice(4)) {
      const text = row.seq === 5 ? row.text.replace('"n:5"', '"n:55"') : row.text;
      const hash = nobleChainHasher(previous, text);
      rewritten[row.seq - 1] = { ...row, prevHash: previous, hash, text };
      previous = hash;
    }
    expect(problemOf(rewritten, checkpoints)).toEqual({ kind: "rewritten", seq: 5 });
    expect(problemOf(rows.slice(0, 6), checkpoints)).toEqual({ kind: "removed", seq: 7 });
  });

  it("rejects signatures by an untrusted key and signatures that do not verify", () => {
    const rows = chain();
    const input = { entries: () => rows, checkpoints: [checkpointAt(rows[3]!)], retentions: [], hasher: nobleChainHasher };
    expect(verifyAuditChain({ ...input, trustedPublicKeys: ["other"] })).toMatchObject({ ok: false, problem: { kind: "untrusted_key", seq: 4 } });
    expect(verifyAuditChain({ ...input, trustedPublicKeys: ["k"], verifier: { verify: () => false } })).toMatchObject({ ok: false, problem: { kind: "bad_signature", seq: 4 } });
  });
});
