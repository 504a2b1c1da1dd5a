import { type KeyedHash, nobleKeyedHash } from "./keyed-hash.ts";
import { TAG_ALPHABET, TAG_LENGTH } from "./placeholder-format.ts";

/** Computes a placeholder's tag for an entity value; the same input always gives the same tag. */
export type PlaceholderTagger = (type: string, canonical: string, attempt: number) => string;

/**
 * Tags are keyed BLAKE2b(caller key, type ‖ canonical value) in Crockford base32, where the
 * caller key is itself derived from the server secret and the caller's key id. Keyed by
 * caller, so a value keeps its placeholder across a conversation's turns (the client resends
 * history and gets the same tags) while two callers' placeholders for one value are
 * unlinkable, and no one without the server secret can test a guess against a tag.
 */
export function createPlaceholderTagger(options: { serverSecret: Uint8Array; callerId: string; keyedHash?: KeyedHash }): PlaceholderTagger {
  const keyedHash = options.keyedHash ?? nobleKeyedHash;
  const callerKey = keyedHash(options.serverSecret, `veilgate/placeholder/v1/${options.callerId}`, 32);
  return function tagPlaceholder(type, canonical, attempt) {
    const digest = keyedHash(callerKey, `${type}\u0000${canonical}\u0000${attempt}`, 16);
    let tag = "";
    for (let index = 0; index < TAG_LENGTH; index++) tag += TAG_ALPHABET[digest[index]! & 31];
    return tag;
  };
}
