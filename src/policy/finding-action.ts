import { FINDING_ACTIONS, type Finding, type FindingAction } from "../detect/types.ts";

/**
 * What happens to one detected value before the request leaves (the type lives with the
 * findings that carry it, in detect/types.ts):
 * - `tokenize`: a placeholder the answer is restored from (the default);
 * - `mask`: an irreversible `[TYPE]` that is never restored;
 * - `block`: the whole request is refused (403 `policy_denied`, naming the rule and type);
 * - `allow`: the value goes to the vendor as written (and is still kept out of the log).
 */
export { FINDING_ACTIONS, type FindingAction };

/** The action a rule pack put on a finding, if any. */
export function ownActionOf(finding: Finding): FindingAction | undefined {
  return finding.action !== undefined && FINDING_ACTIONS.includes(finding.action) ? finding.action : undefined;
}
