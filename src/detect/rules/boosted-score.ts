/**
 * A custom rule's score with a context word near the match: `score + boost`, at most 1,
 * rounded to thousandths so 0.6 + 0.3 meets a minimum of 0.9. The schema uses it to refuse
 * a `minScore` no match could reach; the compiled rule, to score its matches.
 */
export function boostedScore(score: number, boost: number): number {
  return Math.min(1, Math.round((score + boost) * 1_000) / 1_000);
}
