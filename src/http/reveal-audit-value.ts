import { createValueMapSealer } from "../audit/create-value-map-sealer.ts";
import { type RevealDecision, type RevealRequest, revealPlaceholder } from "../audit/reveal-placeholder.ts";
import type { Services } from "../services.ts";

/**
 * A break-glass reveal against this Veilgate's audit log: the sealed value maps open only
 * while reveal is turned on. The admin API and the review console both reveal this way.
 */
export function revealAuditValue(services: Pick<Services, "exchangeLog" | "settings" | "secretBox" | "now">, request: RevealRequest): RevealDecision {
  const sealer = services.settings.revealEnabled ? createValueMapSealer(services.secretBox) : undefined;
  return revealPlaceholder({ log: services.exchangeLog, sealer, now: services.now }, request);
}
