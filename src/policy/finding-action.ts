import type { Finding } from "../detect/types.ts";

/**
 * What happens to one detected value before the request leaves:
 * - `tokenize`: a placeholder the answer is restored from (the default);
 * - `mask`: an irreversible `[TYPE]` that is never restored;
 * - `block`: the whole request is refused (403 `policy_denied`, naming the rule and type);
 * - `allow`: the value goes to the vendor as written (and is still kept out of the log).
 */
export const FINDING_ACTIONS = ["tokenize", "mask", "block", "allow"] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

/** The action a rule pack put on a finding, if any (rule packs may set one; older findings carry none). */
export function ownActionOf(finding: Finding): FindingAction | undefined {
  const action = (finding as Finding & { action?: unknown }).action;
  return typeof action === "string" && (FINDING_ACTIONS as readonly string[]).includes(action) ? (action as FindingAction) : undefined;
}
