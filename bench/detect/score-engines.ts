import type { EvaluateRedaction } from "./corpus-scorer.ts";
import type { DetectEngine } from "./detect-engine.ts";
import type { CorpusRecord } from "./load-corpus.ts";

/** One engine's quality on the corpus, for context next to its speed. Rates are 0..1. */
export interface QualityLine {
  id: string;
  label: string;
  recall: number | null;
  strictRecall: number | null;
  decoysKept: number | null;
  fullyRedacted: number | null;
  /** Prompts the engine threw on (scored as passed through unredacted). */
  errors: number;
  /** What it found over the corpus, by its own type names, most frequent first. */
  found: Record<string, number>;
}

/**
 * Redacts the corpus once with every engine that redacts (untimed) and scores the output with
 * the shared scorer's `evaluate`, counting what each engine says it found on the way.
 */
export async function scoreEngines(
  engines: readonly DetectEngine[],
  records: CorpusRecord[],
  evaluate: EvaluateRedaction,
): Promise<QualityLine[]> {
  const lines: QualityLine[] = [];
  for (const engine of engines) {
    const examine = engine.examine;
    if (!examine) continue;
    const found = new Map<string, number>();
    const { report } = await evaluate(records, (text) => {
      const examined = examine(text);
      for (const label of examined.labels) found.set(label, (found.get(label) ?? 0) + 1);
      return examined.redacted;
    });
    lines.push({
      id: engine.id,
      label: engine.label,
      recall: report.pii.recall,
      strictRecall: report.pii.strictRecall,
      decoysKept: report.decoys.precision,
      fullyRedacted: report.prompts.fullyRedactedRate,
      errors: report.errors,
      found: Object.fromEntries([...found].sort((left, right) => right[1] - left[1])),
    });
  }
  return lines;
}
