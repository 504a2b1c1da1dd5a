import { contextPattern } from "../context/context-pattern.ts";
import { findLabelledValues } from "../context/find-labelled-values.ts";
import type { LabelledValueRule } from "../context/value-after-label.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { countDigits } from "../char-codes.ts";

const PLAN_LABELS = contextPattern([
  "member id",
  "member identifier",
  "member #",
  "member no",
  "member number",
  "membership id",
  "membership number",
  "subscriber*",
  "health plan*",
  "plan id",
  "insurance id",
  "insurance number",
  "insurance no",
  "policy id",
  "policy #",
  "policy no",
  "policy number",
  "group id",
  "group #",
  "group no",
  "group number",
  "medicaid*",
  "beneficiary id",
]);

const PLAN_VALUE: LabelledValueRule = {
  // Words people put between the label and the value: "Member ID on my card is …".
  fillerWords: new Set(["id", "no", "num", "nbr", "number", "is", "was", "on", "my", "her", "his", "their", "your", "the", "card", "file", "of", "plan", "member", "insurance", "ins"]),
  // 6–20 letters and digits with at least four digits: "W173499204", "MBR10595821",
  // "TW7249251-04", "62427570302". Words and short numbers are not plan ids.
  isValue: (compact) => compact.length >= 6 && compact.length <= 20 && countDigits(compact) >= 4,
  canonical: (compact) => compact.toUpperCase(),
  score: 0.7,
};

/**
 * Health plan beneficiary numbers (HIPAA identifier 9): member, subscriber, policy and
 * group ids. Every insurer has its own format, so only the label finds them: the first
 * id-shaped token after "member ID", "subscriber", "health plan ID", "policy number",
 * "group #", "Medicaid" …, or a cell under such a column header.
 */
export const healthPlanIdRecognizer: Recognizer = {
  id: "health-plan-id",
  type: "HEALTH_PLAN_ID",
  find(input: NormalizedText): RecognizerMatch[] {
    return findLabelledValues(input, PLAN_LABELS, PLAN_VALUE);
  },
};
