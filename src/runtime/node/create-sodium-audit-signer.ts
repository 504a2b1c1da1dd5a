import sodium from "libsodium-wrappers";
import type { AuditSigner } from "../../audit/audit-signer.ts";

/** An AuditSigner on libsodium's Ed25519 (crypto_sign_detached), from a 32-byte seed. */
export async function createSodiumAuditSigner(options: { seed: Uint8Array }): Promise<AuditSigner> {
  await sodium.ready;
  if (options.seed.length !== sodium.crypto_sign_SEEDBYTES) throw new Error("An audit signing seed must be 32 bytes");
  const encoding = sodium.base64_variants.URLSAFE_NO_PADDING;
  const keyPair = sodium.crypto_sign_seed_keypair(options.seed);
  return {
    publicKey: sodium.to_base64(keyPair.publicKey, encoding),
    sign: (message) => sodium.to_base64(sodium.crypto_sign_detached(message, keyPair.privateKey), encoding),
    verify(message, signature, publicKey) {
      try {
        return sodium.crypto_sign_verify_detached(sodium.from_base64(signature, encoding), message, sodium.from_base64(publicKey, encoding));
      } catch {
        return false;
      }
    },
  };
}
