/**
 * Types for the corpus scorer (`score.mjs` beside the corpus), which is plain JavaScript
 * outside the project: only the parts the evaluation uses are declared.
 */

/** One labelled prompt: the PII that must disappear and the decoys that must survive. */
export interface CorpusRecord {
  id: string;
  template: string;
  text: string;
  pii: { type: string; value: string }[];
  decoys: { kind: string; value: string }[];
}

/** Recall for one entity type; `strict` also counts half-length fragments left behind. */
export interface TypeScore {
  total: number;
  leaked: number;
  recall: number | null;
  strictLeaked: number;
  strictRecall: number | null;
}

/** The scorer's report; see `score.mjs` for every field. */
export interface CorpusReport {
  records: number;
  pii: { total: number; leaked: number; recall: number | null; strictRecall: number | null };
  macroRecall: number | null;
  perType: Record<string, TypeScore>;
  decoys: {
    total: number;
    preserved: number;
    precision: number | null;
    perKind: Record<string, { total: number; preserved: number; precision: number | null }>;
  };
  prompts: { fullyRedactedRate: number | null; noPiiUnchangedRate: number | null };
  leakedExamples: { id: string; type: string; value: string; via: string }[];
  destroyedDecoyExamples: { id: string; kind: string; value: string }[];
}

/** The functions of `score.mjs` the evaluation calls. */
export interface CorpusScorer {
  readJsonl(text: string): unknown[];
  evaluate(
    records: readonly CorpusRecord[],
    redact: (text: string) => string,
  ): Promise<{ report: CorpusReport; outputs: string[] }>;
  formatReport(report: CorpusReport, title?: string): string;
}
