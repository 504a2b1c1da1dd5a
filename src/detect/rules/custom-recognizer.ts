import type { CustomEntityType, EntityType, NormalizedText, RecognizerMatch } from "../types.ts";

/**
 * A recognizer compiled from a rule pack's custom rule. Like `Recognizer`, but its type may
 * be the pack's own label (e.g. "EMPLOYEE_ID") and its id names the pack and the rule
 * ("acme/employee-id"), so a finding says which rule fired.
 */
export interface CustomRecognizer {
  readonly id: string;
  readonly type: EntityType | CustomEntityType;
  find(input: NormalizedText): RecognizerMatch[];
}
