import type { ChainVerification } from "../audit/chain-verification.ts";
import { createReadThroughCache } from "../read-through-cache.ts";
import type { Services } from "../services.ts";

/**
 * The chain's verification for the console's header, recomputed at most every `ttlMs`:
 * a full verification reads every entry, too much for every page view of a large log.
 */
export function createChainStatusCache(services: Services, ttlMs = 60_000): () => ChainVerification {
  const cache = createReadThroughCache<ChainVerification>({ ttlMs });
  return function currentChainStatus() {
    return cache.read("chain", () => services.exchangeLog.verify());
  };
}
