/**
 * Authenticated encryption under Veilgate's master key, for anything reversible kept at
 * rest (vendor API keys, break-glass value maps). `associatedData` binds a ciphertext to
 * its purpose (e.g. `vendor-key:openai`), so one cannot be swapped in for another.
 * Implementations: libsodium XChaCha20-Poly1305 on Node; the same algorithm on Workers.
 */
export interface SecretBox {
  /** Id of the key new ciphertexts are sealed with. */
  readonly currentKeyId: string;
  /** Returns `v1.<keyId>.<nonce>.<ciphertext>` (base64url parts). */
  seal(plaintext: string, associatedData: string): string;
  /** Opens a sealed string with whichever known key sealed it; throws if it was altered. */
  open(sealed: string, associatedData: string): string;
  /** The key id a sealed string was made with, without opening it (for rotation). */
  keyIdOf(sealed: string): string;
}
