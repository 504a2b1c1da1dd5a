/**
 * A name the caller chose (a role, a content type) as it may appear in a refusal: quoted
 * when it looks like an identifier or a media type (a letter first, no spaces, no `@`),
 * otherwise `(not shown)`, so a message never echoes text that might hold a value.
 */
export function quotedName(name: unknown): string {
  return typeof name === "string" && /^[A-Za-z][A-Za-z0-9_.+/-]{0,63}$/.test(name) ? `'${name}'` : "(not shown)";
}
