import { can, effectivePermissions, type Grant, type Permission } from "./permissions.ts";

export type KeyIssueDecision = { allowed: true } | { allowed: false; beyondCreator: Permission[] };

/**
 * Whether a key holding `creator` may create a key holding `requested`. A key passes on only
 * what it holds itself, so a narrowed admin key cannot mint a broader one, and an admin
 * (which reads no transcripts) cannot mint an auditor key that does. Client keys are the
 * exception: issuing them is what `keys:write` is for, and calling models is all they can do.
 */
export function mayIssueKey(creator: Grant, requested: Grant): KeyIssueDecision {
  const issuesClientKeys = can(creator, "keys:write");
  const beyondCreator = effectivePermissions(requested).filter(
    (permission) => !can(creator, permission) && !(permission === "model:invoke" && issuesClientKeys),
  );
  return beyondCreator.length === 0 ? { allowed: true } : { allowed: false, beyondCreator };
}
