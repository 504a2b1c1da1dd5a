import sodium from "libsodium-wrappers";
import type { SecretBox } from "../../secrets/secret-box.ts";

const VERSION = "v1";

/** A short, stable id for a key: lets ciphertexts name their key without revealing it. */
export async function masterKeyId(key: Uint8Array): Promise<string> {
  await sodium.ready;
  return sodium.to_hex(sodium.crypto_generichash(8, key, "veilgate-master-key-id"));
}

/**
 * SecretBox on libsodium's XChaCha20-Poly1305 (random 192-bit nonces, so no nonce
 * bookkeeping). `previousKeys` still open old ciphertexts after a rotation.
 */
export async function createSodiumSecretBox(options: { currentKey: Uint8Array; previousKeys?: Uint8Array[] }): Promise<SecretBox> {
  await sodium.ready;
  const keys = new Map<string, Uint8Array>();
  for (const key of [options.currentKey, ...(options.previousKeys ?? [])]) {
    if (key.length !== sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) throw new Error("A master key must be 32 bytes");
    keys.set(await masterKeyId(key), key);
  }
  const currentKeyId = await masterKeyId(options.currentKey);
  const encoding = sodium.base64_variants.URLSAFE_NO_PADDING;
  const parse = (sealed: string) => {
    const [version, keyId, nonce, ciphertext] = sealed.split(".");
    if (version !== VERSION || !keyId || !nonce || !ciphertext) throw new Error("Not a sealed Veilgate secret");
    return { keyId, nonce, ciphertext };
  };
  return {
    currentKeyId,
    seal(plaintext, associatedData) {
      const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
      const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associatedData, null, nonce, options.currentKey);
      return [VERSION, currentKeyId, sodium.to_base64(nonce, encoding), sodium.to_base64(ciphertext, encoding)].join(".");
    },
    open(sealed, associatedData) {
      const { keyId, nonce, ciphertext } = parse(sealed);
      const key = keys.get(keyId);
      if (!key) throw new Error(`Sealed with key ${keyId}, which this Veilgate does not have`);
      const plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        sodium.from_base64(ciphertext, encoding),
        associatedData,
        sodium.from_base64(nonce, encoding),
        key,
      );
      return sodium.to_string(plaintext);
    },
    keyIdOf: (sealed) => parse(sealed).keyId,
  };
}
