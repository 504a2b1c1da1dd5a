/** The prefix of every environment variable Veilgate reads for itself, its secrets among them. */
export const VEILGATE_VARIABLE_PREFIX = "VEILGATE_";

/**
 * Whether an environment variable is one of Veilgate's own (`VEILGATE_MASTER_KEY`, the admin
 * keys, …). A vendor's `apiKeyEnv` must never name one: its value would be sent to the
 * vendor's `baseUrl` as the vendor's API key.
 */
export function isVeilgateVariable(name: string): boolean {
  return name.startsWith(VEILGATE_VARIABLE_PREFIX);
}
