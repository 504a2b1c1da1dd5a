/**
 * One change made through the admin API or CLI: who did what to which object, with the
 * object before and after. Secrets never appear here, only that they changed.
 */
export interface AdminActionRecord {
  time: string;
  requestId: string;
  /** The key that made the change; null for the CLI run by the host's operator. */
  actorKeyId: string | null;
  /** E.g. `vendor.propose`, `key.create`, `policy.update`. */
  action: string;
  /** The object's kind and id, e.g. `vendor:openai`. */
  target: string;
  before: unknown;
  after: unknown;
}
