/** One thing the benchmark times: Veilgate (redacting or only detecting) or a peer library. */
export interface DetectEngine {
  /** Short stable id, used as the JSON key, e.g. "redact-pii". */
  id: string;
  /** Name in the tables, e.g. "redact-pii 3.4.0 (SyncRedactor)". */
  label: string;
  role: "veilgate" | "veilgate-detect-only" | "peer";
  /** How it was configured, in one sentence for the report. */
  setup: string;
  /**
   * The timed operation on one prompt. Returns a number derived from the result (a length or
   * a count) so the work cannot be optimised away.
   */
  run(text: string): number;
  /**
   * The redacted text, for the quality line, and what was found, in the engine's own type
   * names, for the census in the report. Absent for a detect-only run. Not timed.
   */
  examine?(text: string): Examined;
}

/** One prompt as an engine redacted it. */
export interface Examined {
  redacted: string;
  labels: string[];
}
