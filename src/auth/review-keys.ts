import type { KeyRecord } from "./key-store.ts";

/** One key in the access review: everything but its hash, and what needs a reviewer's attention. */
export interface KeyReviewEntry extends Omit<KeyRecord, "hash"> {
  policyId: string | null;
  lastUsedAt: string | null;
  createdBy: string | null;
  state: "active" | "revoked" | "expired";
  /** Active, and unused (or never used) for `staleDays` since it was last used or created. */
  stale: boolean;
  /** Days since last use (or since creation, if never used). */
  idleDays: number;
}

const DAY_MS = 86_400_000;

/**
 * The access review: every key with role, scopes, tenant policy, created, last used and
 * expiry, flagging keys past their expiry and active keys unused for `staleDays`.
 */
export function reviewKeys(keys: readonly KeyRecord[], now: Date, staleDays: number): KeyReviewEntry[] {
  const at = now.toISOString();
  return keys.map(({ hash: _hash, ...key }) => {
    const state = key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= at ? "expired" : "active";
    const idleSince = key.lastUsedAt ?? key.createdAt;
    const idleDays = Math.max(0, Math.floor((now.getTime() - Date.parse(idleSince)) / DAY_MS));
    return {
      ...key,
      policyId: key.policyId ?? null,
      lastUsedAt: key.lastUsedAt ?? null,
      createdBy: key.createdBy ?? null,
      state,
      stale: state === "active" && idleDays >= staleDays,
      idleDays,
    };
  });
}
