import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CorpusRecord } from "./load-corpus.ts";

/** The part of score.mjs's report the bench prints (see ../shared/corpus/score.mjs). */
export interface QualityReport {
  records: number;
  errors: number;
  pii: { total: number; leaked: number; recall: number | null; strictRecall: number | null };
  decoys: { total: number; preserved: number; precision: number | null };
  prompts: { fullyRedactedRate: number | null; noPiiUnchangedRate: number | null };
}

/** `evaluate(records, redact)` from the shared scorer. */
export type EvaluateRedaction = (
  records: CorpusRecord[],
  redact: (text: string) => string,
) => Promise<{ report: QualityReport; outputs: (string | null)[] }>;

/**
 * Loads `score.mjs` from the corpus directory at run time: it lives outside the project (and
 * must not be copied in), so it is imported by path rather than through the type checker.
 */
export async function loadCorpusScorer(corpusDirectory: string): Promise<EvaluateRedaction> {
  const scorer: unknown = await import(pathToFileURL(join(corpusDirectory, "score.mjs")).href);
  const evaluate = (scorer as { evaluate?: unknown }).evaluate;
  if (typeof evaluate !== "function") throw new Error(`${corpusDirectory}/score.mjs has no evaluate()`);
  return evaluate as EvaluateRedaction;
}
