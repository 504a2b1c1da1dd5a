import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { mentions } from "../context/find-context-words.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { boostedScore } from "./boosted-score.ts";
import { CANONICAL_FORMS } from "./canonical-forms.ts";
import type { CustomRecognizer } from "./custom-recognizer.ts";
import type { CustomRule } from "./custom-rule-schema.ts";
import { RULE_VALIDATORS } from "./rule-validators.ts";

/**
 * Turns a validated custom rule into a recognizer with id "<pack id>/<rule id>". Each
 * pattern scans the normalised text (NFKC, dashes and spaces folded, zero-width characters
 * dropped); a match must pass the rule's validator; a context word near it adds `boost`
 * to its score, and a rule whose context is `required` drops matches without one.
 *
 * Work per call is linear in the text: the schema admits only patterns that pass
 * `checkSafePattern` (bounded work per start position, matches of at most 100 characters),
 * validators are linear in the match, and the context check reads a bounded window.
 */
export function compileCustomRule(packId: string, rule: CustomRule): CustomRecognizer {
  const patterns = rule.patterns.map((source) => new RegExp(source, `${rule.flags}g`));
  const validate: (value: string) => boolean = RULE_VALIDATORS[rule.validator];
  const canonicalOf: (value: string) => string = CANONICAL_FORMS[rule.canonical];
  const context: (ContextRule & { required: boolean; boost: number }) | null = rule.context
    ? {
        pattern: contextPattern(rule.context.words),
        before: rule.context.window,
        after: rule.context.window,
        required: rule.context.required,
        boost: rule.context.boost,
      }
    : null;
  return {
    id: `${packId}/${rule.id}`,
    type: rule.entityType,
    find(input: NormalizedText): RecognizerMatch[] {
      // A required word that the text never mentions (headers included) rules out every match.
      if (context?.required && !mentions(input, context.pattern)) return [];
      const text = input.text;
      const matches: RecognizerMatch[] = [];
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const value = match[0];
          // Unreachable for checked patterns (they cannot match empty); kept so a loop never stalls.
          if (value.length === 0) {
            pattern.lastIndex++;
            continue;
          }
          if (!validate(value)) continue;
          const start = match.index;
          const end = start + value.length;
          let score = rule.score;
          if (context) {
            const near = hasContext(input, start, end, context);
            if (!near && context.required) continue;
            if (near) score = boostedScore(score, context.boost);
          }
          matches.push({ start, end, canonical: canonicalOf(value), score });
        }
      }
      return matches;
    },
  };
}
