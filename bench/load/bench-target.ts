/** Where the load generator sends the bench request, and with which credentials. */
export interface BenchTarget {
  /** Short id used in tables and results: `direct`, `pass-through`, `veilgate`. */
  id: string;
  /** What the row means, for the table. */
  label: string;
  url: string;
  /** The bearer key the target expects (Veilgate's client key; anything for the others). */
  apiKey: string;
}

/** The two answer shapes measured. */
export type AnswerMode = "json" | "stream";

/** Both modes, in table order. */
export const ANSWER_MODES: readonly AnswerMode[] = ["json", "stream"];

/** The request headers for `mode`. */
export function requestHeaders(target: BenchTarget, mode: AnswerMode): Record<string, string> {
  return {
    "content-type": "application/json",
    accept: mode === "stream" ? "text/event-stream" : "application/json",
    authorization: `Bearer ${target.apiKey}`,
  };
}
