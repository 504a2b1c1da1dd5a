import sodium from "libsodium-wrappers";
import type { KeyedHash } from "../../vault/keyed-hash.ts";

/** The parts of libsodium's Emscripten module this file calls. */
interface SodiumModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  /** crypto_generichash(out, outlen, in, inlen as two 32-bit halves, key, keylen); 0 on success. */
  _crypto_generichash(out: number, outLength: number, input: number, inputLengthLow: number, inputLengthHigh: number, key: number, keyLength: number): number;
}

const KEY_BYTES_MAX = 64;
const OUTPUT_BYTES_MAX = 64;

/**
 * Keyed BLAKE2b through libsodium's WebAssembly build: the same function as the pure-JS
 * one, several times faster per call, which matters with a dozen tags per request.
 *
 * It calls libsodium's crypto_generichash directly on buffers kept in the WebAssembly heap,
 * with the message UTF-8-encoded straight into it: the wrapper's own crypto_generichash
 * allocates, copies and frees three buffers per call, which cost more than the hash of a
 * tag's few dozen bytes (about 2.4 µs per tag against 1 µs here).
 */
export async function createSodiumKeyedHash(): Promise<KeyedHash> {
  await sodium.ready;
  const module = (sodium as unknown as { libsodium: SodiumModule }).libsodium;
  const encoder = new TextEncoder();
  const fixed = module._malloc(KEY_BYTES_MAX + OUTPUT_BYTES_MAX);
  const keyAt = fixed;
  const outputAt = fixed + KEY_BYTES_MAX;
  let messageAt = 0;
  let messageCapacity = 0;
  return (key, message, outputLength) => {
    if (key.length > KEY_BYTES_MAX || outputLength < 16 || outputLength > OUTPUT_BYTES_MAX) {
      throw new RangeError(`keyed hash: key of ${key.length} bytes or output of ${outputLength} bytes is out of range`);
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (message.length * 3 > messageCapacity) {
      if (messageAt !== 0) module._free(messageAt);
      messageCapacity = Math.max(256, message.length * 3);
      messageAt = module._malloc(messageCapacity);
    }
    // Read HEAPU8 on every call: the view is replaced whenever the WebAssembly memory grows.
    const heap = module.HEAPU8;
    heap.set(key, keyAt);
    const { written } = encoder.encodeInto(message, heap.subarray(messageAt, messageAt + messageCapacity));
    if (module._crypto_generichash(outputAt, outputLength, messageAt, written, 0, keyAt, key.length) !== 0) {
      throw new Error("keyed hash: crypto_generichash failed");
    }
    return module.HEAPU8.slice(outputAt, outputAt + outputLength);
  };
}
