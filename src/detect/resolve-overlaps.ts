import type { Finding } from "./types.ts";

function outranks(left: Finding, right: Finding): number {
  if (left.score !== right.score) return right.score - left.score;
  const lengthDifference = right.end - right.start - (left.end - left.start);
  return lengthDifference !== 0 ? lengthDifference : left.start - right.start;
}

/**
 * Answers whether a span overlaps one of `findings` whose type is not `type`. Per type: the
 * findings sorted by start, with the furthest end among each prefix.
 */
function overlapsAnotherType(findings: readonly Finding[]): (span: Finding) => boolean {
  const byType = new Map<string, { starts: number[]; furthestEnds: number[] }>();
  for (const finding of [...findings].sort((left, right) => left.start - right.start)) {
    let index = byType.get(finding.type);
    if (!index) byType.set(finding.type, (index = { starts: [], furthestEnds: [] }));
    index.furthestEnds.push(Math.max(finding.end, index.furthestEnds[index.furthestEnds.length - 1] ?? -1));
    index.starts.push(finding.start);
  }
  return function overlaps(span: Finding): boolean {
    for (const [type, { starts, furthestEnds }] of byType) {
      if (type === span.type) continue;
      // How many findings of this type start before the span ends.
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((starts[middle] ?? 0) < span.end) low = middle + 1;
        else high = middle;
      }
      if (low > 0 && (furthestEnds[low - 1] ?? -1) > span.start) return true;
    }
    return false;
  };
}

/**
 * Keeps the best of overlapping findings — higher score first, then the longer span, then
 * the earlier one — and returns the survivors sorted by start. A finding that overlaps a
 * better one is dropped whole, never trimmed.
 *
 * An `allow` finding lets a value through, so it may only ever win over findings of its own
 * type: one that overlaps a tokenize/mask/block finding of another type is dropped before
 * ranking, whatever its score, and that finding competes as if the allow were not there.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const redacted = findings.filter((finding) => finding.action !== "allow");
  if (redacted.length === findings.length) return keepBest(findings);
  const guarded = overlapsAnotherType(redacted);
  return keepBest(findings.filter((finding) => finding.action !== "allow" || !guarded(finding)));
}

function keepBest(findings: readonly Finding[]): Finding[] {
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
