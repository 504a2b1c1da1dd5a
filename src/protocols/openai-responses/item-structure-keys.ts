/**
 * Top-level fields of an input item or content part that name, link or seal it rather than
 * hold what anyone wrote: its type and the vendor's ids, the server and tool it belongs to, its status.
 * The vendor matches them against earlier turns, so they go out as they came. Deeper down
 * the same names may be data (a row's `name`), so only SEALED_KEYS are skipped there.
 * `call_id` is not listed: the caller may mint it, and reading it keeps a call and its output
 * paired (one value, one placeholder per request).
 */
export const ITEM_STRUCTURE_KEYS: ReadonlySet<string> = new Set([
  "type",
  "id",
  "caller_id",
  "approval_request_id",
  "file_id",
  "container_id",
  "server_label",
  "name",
  "status",
  "role",
  "encrypted_content",
  "signature",
]);

/** The vendor's encrypted content and signatures, at any depth: base64 Veilgate must neither read nor change. */
export const SEALED_KEYS: ReadonlySet<string> = new Set(["encrypted_content", "signature"]);
