import { summarizeSamples, type TimingSummary } from "../load/summarize-samples.ts";

/**
 * Times every call of a synchronous `operation` on its own (after a warm-up) and returns
 * the distribution in microseconds: for operations whose cost is in the tail (a disk write
 * that sometimes stalls), where a mean hides what callers feel.
 */
export function timeEachCall(operation: () => unknown, calls: number): TimingSummary {
  for (let index = 0; index < Math.min(500, calls); index++) operation();
  const micros: number[] = [];
  for (let index = 0; index < calls; index++) {
    const startedAt = performance.now();
    operation();
    micros.push((performance.now() - startedAt) * 1000);
  }
  return summarizeSamples(micros);
}
