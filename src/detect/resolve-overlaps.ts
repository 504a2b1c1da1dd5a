import type { Finding } from "./types.ts";

function outranks(left: Finding, right: Finding): number {
  if (left.score !== right.score) return right.score - left.score;
  const lengthDifference = right.end - right.start - (left.end - left.start);
  return lengthDifference !== 0 ? lengthDifference : left.start - right.start;
}

/**
 * Keeps the best of overlapping findings — higher score first, then the longer span, then
 * the earlier one — and returns the survivors sorted by start. A finding that overlaps a
 * better one is dropped whole, never trimmed.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const kept: Finding[] = [];
  for (const candidate of [...findings].sort(outranks)) {
    // `kept` stays sorted by start, so only the neighbours of the insertion point can overlap.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((kept[middle]?.start ?? 0) < candidate.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if (before && before.end > candidate.start) continue;
    if (after && after.start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}
