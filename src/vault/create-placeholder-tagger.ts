import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { TAG_ALPHABET, TAG_LENGTH } from "./placeholder-format.ts";

const encoder = new TextEncoder();

/** Computes a placeholder's tag for an entity value; the same input always gives the same tag. */
export type PlaceholderTagger = (type: string, canonical: string, attempt: number) => string;

/**
 * Tags are HMAC-SHA256(caller key, type ‖ canonical value) in Crockford base32. Keyed by
 * caller, so a value keeps its placeholder across a conversation's turns (the client resends
 * history and gets the same tags) while two callers' placeholders for one value are
 * unlinkable, and no one without the server secret can test a guess against a tag.
 */
export function createPlaceholderTagger(options: { serverSecret: Uint8Array; callerId: string }): PlaceholderTagger {
  const callerKey = hmac(sha256, options.serverSecret, encoder.encode(`veilgate/placeholder/v1/${options.callerId}`));
  const keyed = hmac.create(sha256, callerKey);
  return function tagPlaceholder(type, canonical, attempt) {
    const digest = keyed.clone().update(encoder.encode(`${type}\u0000${canonical}\u0000${attempt}`)).digest();
    let tag = "";
    for (let index = 0; index < TAG_LENGTH; index++) tag += TAG_ALPHABET[digest[index]! & 31];
    return tag;
  };
}
