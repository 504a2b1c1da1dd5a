import { z } from "zod";
import { FINDING_ACTIONS, type CustomEntityType, type FindingAction } from "../types.ts";
import { boostedScore } from "./boosted-score.ts";
import { CANONICAL_FORM_NAMES } from "./canonical-forms.ts";
import { RULE_VALIDATOR_NAMES } from "./rule-validators.ts";
import { SAFE_PATTERN_FLAGS, checkSafePattern } from "./safe-pattern/check-safe-pattern.ts";

/** Ids of packs and rules: lower-case letters, digits and dashes. */
export const RULE_ID = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and dashes (at most 63)");

/** Texts a rule must find (`match`) and must leave alone (`noMatch`); `veilgate rules test` runs them. */
export const exampleSetSchema = z.strictObject({
  match: z.array(z.string().min(1).max(2_000)).min(1).max(50),
  noMatch: z.array(z.string().max(2_000)).min(1).max(50),
});

/** One of the `FINDING_ACTIONS`. */
export const findingActionSchema = z.enum(FINDING_ACTIONS as [FindingAction, ...FindingAction[]]);

// A context word as `contextPattern` reads it: starts with a letter, digit or "#", at most
// 40 characters, a trailing "*" for a prefix ("account*").
const CONTEXT_WORD = /^[\p{L}\p{N}#][\p{L}\p{N} #@/.&'_-]{0,39}\*?$/u;

const contextSchema = z.strictObject({
  words: z.array(z.string().regex(CONTEXT_WORD, "must be a word or short phrase (letters, digits, spaces, # / . & ' _ -), at most 40 characters")).min(1).max(32),
  /** Characters searched on each side of a match (same line and sentence). */
  window: z.number().int().min(1).max(200).default(40),
  /** Drop matches with no context word nearby. Otherwise context only raises the score. */
  required: z.boolean().default(false),
  /** Added to `score` when a context word is near. */
  boost: z.number().min(0).max(1).default(0.3),
});

/**
 * A custom rule: patterns for a value of `entityType`, an optional named validator and
 * context words, the score a match gets, the minimum it needs, the action, and examples.
 * Every pattern must pass `checkSafePattern`; the error names the pattern and the reason.
 */
export const customRuleSchema = z
  .strictObject({
    id: RULE_ID,
    description: z.string().optional(),
    entityType: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,23}$/, "must be an upper-case label: a letter, then up to 23 of A-Z, 0-9 and _ (e.g. EMPLOYEE_ID)")
      .transform((label) => label as CustomEntityType),
    patterns: z.array(z.string().min(1)).min(1).max(8),
    flags: z.string().regex(SAFE_PATTERN_FLAGS, "may hold only i, m, s and u, each at most once").default(""),
    validator: z.enum(RULE_VALIDATOR_NAMES).default("none"),
    canonical: z.enum(CANONICAL_FORM_NAMES).default("compact"),
    context: contextSchema.optional(),
    score: z.number().min(0).max(1).default(0.6),
    minScore: z.number().min(0).max(1).default(0),
    action: findingActionSchema.default("tokenize"),
    examples: exampleSetSchema,
  })
  .superRefine((rule, issues) => {
    rule.patterns.forEach((pattern, index) => {
      const verdict = checkSafePattern(pattern, rule.flags);
      if (verdict.safe) return;
      issues.addIssue({ code: "custom", path: ["patterns", index], message: `unsafe pattern ${JSON.stringify(pattern)}: ${verdict.problems.join("; ")}` });
    });
    const best = rule.context ? boostedScore(rule.score, rule.context.boost) : rule.score;
    if (rule.minScore > best) {
      issues.addIssue({ code: "custom", path: ["minScore"], message: `is above the best score this rule can give (${best}), so it would never fire` });
    }
  });

/** A custom rule after validation, defaults filled in. */
export type CustomRule = z.infer<typeof customRuleSchema>;
