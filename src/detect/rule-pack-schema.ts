import { z } from "zod";
import { parseFileContent } from "../validation.ts";
import { ENTITY_TYPES, type EntityType } from "./types.ts";

/**
 * A rule pack in `redaction-rules/*.json`: which entity types the built-in recognizers
 * redact. (Custom patterns, actions and examples per rule extend this schema later.)
 */
export const rulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and dashes"),
  description: z.string().optional(),
  entities: z.array(z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]])).min(1),
});

export type RulePack = z.infer<typeof rulePackSchema>;

/** Validates one rule pack file's content; the error names the file and the field. */
export function parseRulePack(fileName: string, content: unknown): RulePack {
  return parseFileContent(rulePackSchema, content, `rule pack ${fileName}`);
}
