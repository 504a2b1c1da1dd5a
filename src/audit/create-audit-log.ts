import type { AdminActionRecord } from "./admin-action-record.ts";
import { type AuditEntry, type AuditItem, type StoredAuditEntry, toAuditItem } from "./audit-entry.ts";
import { auditFacets, type FacetColumns, facetColumns } from "./audit-facets.ts";
import type { AuditLog } from "./audit-log.ts";
import type { AuditQuery } from "./audit-query.ts";
import type { AuditSigner } from "./audit-signer.ts";
import type { AuditStore, ChainHead } from "./audit-store.ts";
import { canonicalJson } from "./canonical-json.ts";
import { type ChainHasher, nobleChainHasher } from "./chain-hasher.ts";
import { createGroupCommit } from "./create-group-commit.ts";
import type { ExchangeRecord } from "./exchange-record.ts";
import { applyAuditRetention } from "./apply-audit-retention.ts";
import { type AuditCheckpoint, checkpointStatement } from "./signed-statements.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

export interface AuditLogOptions {
  store: AuditStore;
  /** SHA-256 chain link; defaults to the portable @noble one. */
  hasher?: ChainHasher;
  /** Signs checkpoints and retention records; without it the chain is kept but not signed. */
  signer?: AuditSigner;
  /** Extra public keys whose old checkpoints still count (after a signing-key rotation). */
  previousPublicKeys?: readonly string[];
  /** Sign a checkpoint every this many entries (also on a timer the entry point runs). */
  checkpointEvery?: number;
  now?: () => Date;
  /** When `appendGrouped` commits the entries gathered so far; defaults to a microtask (Node passes setImmediate, which gathers more). */
  scheduleGroupCommit?: (flush: () => void) => void;
}

/** An entry ready to chain: its canonical text and its facets, computed before the write lock is taken. */
type PreparedEntry = { text: string; facets: FacetColumns };

/** Entries read per page by `iterate`: bounded memory for exports of any size. */
const PAGE_SIZE = 500;

/**
 * Builds the audit log over a store: canonical JSON, the hash chain, signed checkpoints,
 * verification and retention live here, once, for every store.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { store, signer } = options;
  const hasher = options.hasher ?? nobleChainHasher;
  const checkpointEvery = options.checkpointEvery ?? 256;
  const now = options.now ?? (() => new Date());

  const sign = (seq: number, hash: string): AuditCheckpoint | undefined => {
    if (!signer) return undefined;
    const unsigned = { seq, hash, time: now().toISOString() };
    const checkpoint = { ...unsigned, publicKey: signer.publicKey, signature: signer.sign(checkpointStatement(unsigned)) };
    store.addCheckpoint(checkpoint);
    return checkpoint;
  };
  const prepare = (entry: AuditEntry): PreparedEntry => ({ text: canonicalJson(entry), facets: facetColumns(auditFacets(entry)) });
  const link = (head: ChainHead, { text, facets }: PreparedEntry): StoredAuditEntry => ({
    seq: head.seq + 1,
    prevHash: head.hash,
    hash: hasher(head.hash, text),
    text,
    facets,
  });
  const signDue = (stored: StoredAuditEntry): void => {
    if (!signer || stored.seq % checkpointEvery !== 0) return;
    try {
      sign(stored.seq, stored.hash);
    } catch {
      // The entry is safely chained; the next timed checkpoint signs past it.
    }
  };
  const appendEntry = (entry: AuditEntry): void => {
    const prepared = prepare(entry);
    signDue(store.append((head) => link(head, prepared)));
  };
  const commitInGroup = createGroupCommit<PreparedEntry>({
    schedule: options.scheduleGroupCommit ?? queueMicrotask,
    commit(group) {
      const stored = store.appendMany((head) => {
        let previous = head;
        return group.map((prepared) => (previous = link(previous, prepared)));
      });
      stored.forEach(signDue);
    },
  });
  const search = (query: AuditQuery) => {
    const items = store.search(query).map(toAuditItem);
    return { items, nextAfterSeq: items.length === query.limit ? items.at(-1)!.seq : null };
  };

  const log: AuditLog = {
    publicKey: signer?.publicKey ?? null,
    append: (record: ExchangeRecord) => appendEntry({ kind: "exchange", record }),
    appendGrouped(record: ExchangeRecord) {
      let prepared: PreparedEntry;
      try {
        prepared = prepare({ kind: "exchange", record });
      } catch (error) {
        // A record that cannot be chained fails alone, before it joins a group.
        return Promise.reject(error);
      }
      return commitInGroup(prepared);
    },
    appendAdminAction: (record: AdminActionRecord) => appendEntry({ kind: "admin_action", record }),
    recent: (limit) =>
      search({ kind: "exchange", limit }).items.flatMap((item) => (item.entry.kind === "exchange" ? [{ ...item.entry.record, seq: item.seq }] : [])),
    recentAdminActions: (limit) =>
      search({ kind: "admin_action", limit }).items.flatMap((item) => (item.entry.kind === "admin_action" ? [item.entry.record] : [])),
    get(seq) {
      const stored = store.get(seq);
      return stored && toAuditItem(stored);
    },
    search,
    *iterate(filter, order = "asc"): Iterable<AuditItem> {
      let afterSeq: number | undefined;
      for (;;) {
        const page = search({ ...filter, order, limit: PAGE_SIZE, ...(afterSeq === undefined ? {} : { afterSeq }) });
        yield* page.items;
        if (page.nextAfterSeq === null) return;
        afterSeq = page.nextAfterSeq;
      }
    },
    summarize: (filter) => store.summarize(filter),
    verify() {
      const chain = verifyAuditChain({
        entries: () => store.entries(),
        checkpoints: store.checkpoints(),
        retentions: store.retentions(),
        hasher,
        ...(signer ? { verifier: signer } : {}),
        trustedPublicKeys: signer ? [signer.publicKey, ...(options.previousPublicKeys ?? [])] : [],
      });
      // The index is checked against entries the chain vouches for, so only once they check out.
      const index = chain.ok ? store.checkSearchIndex?.() : undefined;
      if (!index || index.ok) return chain;
      // An index that hides or misplaces an entry changes what searches (and the console) show of it.
      return { ok: false, problem: { kind: "changed", seq: index.seq, message: index.message }, entries: chain.entries };
    },
    checkpoint() {
      const head = store.head();
      const last = store.checkpoints().at(-1);
      if (head.seq === 0 || (last && last.seq >= head.seq)) return undefined;
      return sign(head.seq, head.hash);
    },
    checkpoints: () => store.checkpoints(),
    applyRetention: (cutoff) => applyAuditRetention({ store, signer, now, cutoff, log: (record) => log.appendAdminAction(record) }),
  };
  return log;
}
