import { measureAmbiguity } from "./measure-ambiguity.ts";
import { nodeFacts } from "./node-facts.ts";
import { parseRegex } from "./parse-regex.ts";
import { UnsupportedRegexSyntax } from "./regex-cursor.ts";

/** Longest pattern source accepted, in characters. */
export const MAX_PATTERN_SOURCE = 300;
/** Longest text one match (plus what its lookarounds read) may span, in characters. */
export const MAX_MATCH_LENGTH = 100;
/**
 * Most steps one start position may cost, estimated as paths × (longest match + lookaround
 * reach + 1). Measured on Node 20, a pattern at this bound scans 1 MB of text built to be
 * its worst case in under a second; ID-like patterns with a literal or a narrow first
 * character (`EMP-\d{6}`) take a few milliseconds per MB.
 */
export const MAX_STEPS_PER_POSITION = 128;
/** Flags a pattern may have: i, m, s and u, each at most once. */
export const SAFE_PATTERN_FLAGS = /^(?!.*(.).*\1)[imsu]*$/;

/** The verdict on one pattern: safe with its longest match, or the reasons it is not. */
export type PatternCheck = { safe: true; maxLength: number } | { safe: false; problems: string[] };

/**
 * Decides whether a user-supplied regular expression is safe to run on untrusted text of
 * any size, statically, without running it. A safe pattern:
 * - compiles with flags from `imsu` only, and is at most 300 characters long;
 * - has no backreferences, and lookbehinds of fixed length;
 * - has no unbounded repeat (`*`, `+`, `{n,}`): every match is at most 100 characters;
 * - cannot match the empty string;
 * - repeats nothing that can match the same text in two ways (`(a+)+`, `(a|a)*`, `(\w+\s?)*`);
 * - has few ambiguous choices elsewhere (`\d{1,9}\d{1,9}`): see `MAX_STEPS_PER_POSITION`.
 * Together these bound the work per start position by a constant, so a scan is linear in
 * the text's length.
 */
export function checkSafePattern(source: string, flags = ""): PatternCheck {
  if (source.length > MAX_PATTERN_SOURCE) return { safe: false, problems: [`is ${source.length} characters long; the limit is ${MAX_PATTERN_SOURCE}`] };
  if (!SAFE_PATTERN_FLAGS.test(flags)) return { safe: false, problems: [`flags "${flags}" are not allowed: use only i, m, s and u, each at most once`] };
  try {
    new RegExp(source, flags);
  } catch (error) {
    return { safe: false, problems: [`is not a valid regular expression (${(error as Error).message})`] };
  }
  let tree;
  try {
    tree = parseRegex(source, flags);
  } catch (error) {
    if (error instanceof UnsupportedRegexSyntax) return { safe: false, problems: [`uses syntax the safety check does not support: ${error.message}`] };
    throw error;
  }
  const facts = nodeFacts(tree);
  const ambiguity = measureAmbiguity(tree);
  const problems = [...ambiguity.problems];
  if (facts.nullable) problems.push("can match the empty string (it would match at every position): require at least one character");
  const reach = facts.maxLength + ambiguity.lookaroundReach;
  if (Number.isFinite(reach) && reach > MAX_MATCH_LENGTH) {
    problems.push(`can match (or look at) up to ${reach} characters; the limit is ${MAX_MATCH_LENGTH}`);
  }
  const steps = ambiguity.paths * (reach + 1);
  if (problems.length === 0 && steps > MAX_STEPS_PER_POSITION) {
    problems.push(
      `can match the same text in up to ${ambiguity.paths} ways at one position (ambiguous: ${[...new Set(ambiguity.ambiguous)].join(", ")}, where an alternative or another repeat could start like what comes next): make the boundaries explicit, e.g. a separator between repeats`,
    );
  }
  return problems.length === 0 ? { safe: true, maxLength: facts.maxLength } : { safe: false, problems };
}
