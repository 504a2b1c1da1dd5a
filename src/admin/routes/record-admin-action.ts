import type { Context } from "hono";
import type { Services } from "../../services.ts";
import type { AdminEnv } from "../admin-env.ts";

/**
 * Writes one admin change to the audit log: who (the calling key), what, on which object,
 * and the object before and after. Callers pass views that hold no secret value.
 */
export function recordAdminAction(
  services: Services,
  context: Context<AdminEnv>,
  change: { action: string; target: string; before: unknown; after: unknown },
): void {
  services.exchangeLog.appendAdminAction({
    time: services.now().toISOString(),
    requestId: context.get("requestId"),
    actorKeyId: context.get("principal").keyId,
    ...change,
  });
}
