/**
 * Ed25519 over the audit chain's checkpoints and retention records. A port: libsodium on
 * Node; the same algorithm on Workers. Keys and signatures are base64url without padding.
 */
export interface AuditSigner {
  /** The public key that verifies this signer's signatures; published by the admin API. */
  readonly publicKey: string;
  sign(message: string): string;
  /** Whether `signature` is `publicKey`'s signature over `message`. Never throws on bad input. */
  verify(message: string, signature: string, publicKey: string): boolean;
}
