import { blake2b } from "@noble/hashes/blake2.js";

const encoder = new TextEncoder();

/**
 * Keyed BLAKE2b (a MAC and PRF): `outputLength` bytes of BLAKE2b(key, message). Runtimes
 * may supply a faster implementation of the same function (libsodium's
 * crypto_generichash on Node); outputs must be identical, so tags do not change.
 */
export type KeyedHash = (key: Uint8Array, message: string, outputLength: number) => Uint8Array;

/** The portable implementation, pure JS (@noble/hashes): runs on Node and Workers alike. */
export const nobleKeyedHash: KeyedHash = (key, message, outputLength) => blake2b(encoder.encode(message), { key, dkLen: outputLength });
