/**
 * Fields that hold what the vendor issued or defines (types, ids, signatures, encrypted
 * blobs, cache settings), never text a person or a tool wrote. Read as text they could only
 * break: a digit run inside an id or a signature may look like a value, and the vendor
 * rejects a block whose id or signature changed.
 *
 * `media_type` is not among them: it is free text as far as the wire goes, and the
 * Messages→OpenAI translation builds a `data:` URL from it.
 */
export const OPAQUE_KEYS: ReadonlySet<string> = new Set([
  "type",
  "id",
  "tool_use_id",
  "tool_id",
  "file_id",
  "signature",
  "encrypted_content",
  "encrypted_index",
  "cache_control",
]);
