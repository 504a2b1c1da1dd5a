import type { ChainVerification } from "../audit/chain-verification.ts";
import type { Services } from "../services.ts";

/**
 * The chain's verification for the console's header, recomputed at most every `ttlMs`:
 * a full verification reads every entry, too much for every page view of a large log.
 */
export function createChainStatusCache(services: Services, ttlMs = 60_000): () => ChainVerification {
  let cached: { at: number; result: ChainVerification } | undefined;
  return function currentChainStatus() {
    const now = Date.now();
    if (!cached || now - cached.at > ttlMs) cached = { at: now, result: services.exchangeLog.verify() };
    return cached.result;
  };
}
