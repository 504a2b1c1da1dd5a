/**
 * The Veilgate key a client sent: `Authorization: Bearer <key>` (OpenAI SDKs) or
 * `x-api-key: <key>` (Anthropic SDKs).
 */
export function presentedKey(headers: Headers): string | undefined {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1];
  }
  return headers.get("x-api-key")?.trim() || undefined;
}
