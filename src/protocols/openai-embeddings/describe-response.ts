/**
 * The transcript line for an embeddings answer. Vectors are not text and hold no
 * placeholders, so nothing is restored: the caller gets the vendor's answer unchanged, and
 * each vector is the embedding of the REDACTED input (placeholders, not values).
 */
export function describeEmbeddingsAnswer(body: unknown): string {
  const data = typeof body === "object" && body !== null && "data" in body ? body.data : undefined;
  const count = Array.isArray(data) ? data.length : 0;
  return `[${count} embedding${count === 1 ? "" : "s"}; vectors are not restored]`;
}
