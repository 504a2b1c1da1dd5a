import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

const KEY_PREFIX = "vg_";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const encoder = new TextEncoder();

/** A new client key secret: `vg_` and 32 base62 characters (~190 bits) from the platform CSPRNG. */
export function generateKeySecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let secret = KEY_PREFIX;
  // 248 is the largest multiple of 62 below 256; rejecting above it keeps every character uniform.
  for (const byte of bytes) if (byte < 248) secret += BASE62[byte % 62];
  while (secret.length < KEY_PREFIX.length + 32) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    if (byte! < 248) secret += BASE62[byte! % 62];
  }
  return secret.slice(0, KEY_PREFIX.length + 32);
}

/**
 * What is stored instead of the key. Keys are long random strings, so a fast hash is enough
 * (a slow password hash would only add latency); lookups go by hash, so no secret is ever
 * compared character by character.
 */
export function hashKeySecret(secret: string): string {
  return bytesToHex(sha256(encoder.encode(secret)));
}

/** First characters of a key, safe to show in listings so people can tell keys apart. */
export function keyHint(secret: string): string {
  return `${secret.slice(0, KEY_PREFIX.length + 4)}…`;
}
