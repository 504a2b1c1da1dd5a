import type { AuditLog } from "./audit-log.ts";
import type { ValueMapSealer } from "./create-value-map-sealer.ts";

/** A reveal needs a written reason at least this long, and at most this long. */
export const MIN_JUSTIFICATION_LENGTH = 20;
export const MAX_JUSTIFICATION_LENGTH = 2000;

/** What a reveal may name: one whole placeholder such as `[US_SSN_7QK2MX]` (the admin API's pattern). */
export const REVEALABLE_PLACEHOLDER = /^\[[A-Z][A-Z0-9_]*_[0-9A-Z]{6}\]$/;

/** Whether a value was revealed, and why not. */
export type RevealDecision =
  | { revealed: true; value: string }
  | { revealed: false; reason: "disabled" | "not_found" | "not_sealed" | "unknown_placeholder" | "justification_too_short" | "justification_too_long"; message: string };

export interface RevealRequest {
  seq: number;
  placeholder: string;
  justification: string;
  actorKeyId: string;
  requestId: string;
}

/**
 * Break-glass: opens one placeholder's value from an exchange's sealed value map. The
 * reveal is appended to the audit log (who, which entry, which placeholder, why) before the
 * value is returned, so a reveal that cannot be logged does not happen.
 */
export function revealPlaceholder(options: { log: AuditLog; sealer: ValueMapSealer | undefined; now: () => Date }, request: RevealRequest): RevealDecision {
  if (!options.sealer) return { revealed: false, reason: "disabled", message: "Break-glass reveal is turned off on this Veilgate." };
  const justification = request.justification.trim();
  if (justification.length < MIN_JUSTIFICATION_LENGTH) {
    return { revealed: false, reason: "justification_too_short", message: `Write a justification of at least ${MIN_JUSTIFICATION_LENGTH} characters.` };
  }
  if (justification.length > MAX_JUSTIFICATION_LENGTH) {
    return { revealed: false, reason: "justification_too_long", message: `Keep the justification under ${MAX_JUSTIFICATION_LENGTH} characters.` };
  }
  const item = options.log.get(request.seq);
  if (!item || item.entry.kind !== "exchange") return { revealed: false, reason: "not_found", message: `No exchange at seq ${request.seq}.` };
  const { record } = item.entry;
  if (!record.sealedValueMap) return { revealed: false, reason: "not_sealed", message: "This exchange kept no values (reveal was off when it was logged, or it had none)." };
  const values = options.sealer.open(record.sealedValueMap, record);
  // The map is a parsed object: only its own keys are placeholders (`constructor` is not).
  const value = Object.hasOwn(values, request.placeholder) ? values[request.placeholder] : undefined;
  if (typeof value !== "string") return { revealed: false, reason: "unknown_placeholder", message: `${request.placeholder} was not issued in this exchange.` };
  options.log.appendAdminAction({
    time: options.now().toISOString(),
    requestId: request.requestId,
    actorKeyId: request.actorKeyId,
    action: "audit.reveal",
    target: `audit:${request.seq}`,
    before: null,
    after: { placeholder: request.placeholder, justification },
  });
  return { revealed: true, value };
}
