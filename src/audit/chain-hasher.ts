import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/** The `prevHash` of the first entry: 32 zero bytes, in hex. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * Computes one link of the audit chain:
 * `hash = hex(SHA-256(bytes(previousHash) ‖ UTF-8(canonicalEntry)))`, where
 * `bytes(previousHash)` is the 32 raw bytes of the previous entry's hash (GENESIS_HASH for
 * the first) and `canonicalEntry` is the entry's canonical JSON. A port, so each runtime can
 * bring its fastest SHA-256; every implementation must give the same lower-case hex.
 */
export type ChainHasher = (previousHash: string, canonicalEntry: string) => string;

/** The portable ChainHasher (@noble/hashes, pure JS): the default, and what Workers use. */
export const nobleChainHasher: ChainHasher = function nobleChainHash(previousHash, canonicalEntry) {
  const entryBytes = utf8ToBytes(canonicalEntry);
  const input = new Uint8Array(32 + entryBytes.length);
  input.set(hexToBytes(previousHash), 0);
  input.set(entryBytes, 32);
  return bytesToHex(sha256(input));
};
