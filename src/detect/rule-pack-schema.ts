import { z } from "zod";
import { RULE_ID, customRuleSchema, exampleSetSchema, findingActionSchema } from "./rules/custom-rule-schema.ts";
import { type DescribeFieldPath, dottedFieldPath, parseFileContent } from "../validation.ts";
import { ENTITY_TYPES, type EntityType } from "./types.ts";

const entityTypeSchema = z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]);

/** Changes a built-in rule's action or minimum score, by its rule id or its entity type. */
const overrideSchema = z
  .strictObject({
    rule: RULE_ID.optional(),
    entityType: entityTypeSchema.optional(),
    action: findingActionSchema.optional(),
    minScore: z.number().min(0).max(1).optional(),
  })
  .refine((override) => (override.rule === undefined) !== (override.entityType === undefined), "name exactly one of rule or entityType")
  .refine((override) => override.action !== undefined || override.minScore !== undefined, "set action, minScore or both");

/**
 * A rule pack in `redaction-rules/*.json`. It can enable built-in entity types
 * (`entities`, with `examples` per type), change built-in rules' action or minimum score
 * (`overrides`), and define custom rules (`rules`). Only JSON is read; YAML is not.
 */
export const rulePackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: RULE_ID,
    description: z.string().optional(),
    entities: z.array(entityTypeSchema).min(1).optional(),
    examples: z.partialRecord(entityTypeSchema, exampleSetSchema).optional(),
    overrides: z.array(overrideSchema).optional(),
    rules: z.array(customRuleSchema).optional(),
  })
  .superRefine((pack, issues) => {
    if (!pack.entities && !pack.rules && !pack.overrides) {
      issues.addIssue({ code: "custom", path: [], message: "a pack must list entities, define rules or set overrides" });
    }
    for (const type of Object.keys(pack.examples ?? {})) {
      if (!pack.entities?.includes(type as EntityType)) {
        issues.addIssue({ code: "custom", path: ["examples", type], message: `${type} is not in this pack's entities` });
      }
    }
    const seen = new Set<string>();
    pack.rules?.forEach((rule, index) => {
      if (seen.has(rule.id)) issues.addIssue({ code: "custom", path: ["rules", index, "id"], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

export type RulePack = z.infer<typeof rulePackSchema>;

/** Where an issue is: `rule "employee-id" (rules.2) patterns.0` for a rule's field, else the path. */
const describePath: DescribeFieldPath = (path, content) => {
  const [field, index, ...rest] = path;
  if (field === "rules" && typeof index === "number") {
    const rules = (content as { rules?: unknown[] } | null)?.rules;
    const id = (rules?.[index] as { id?: unknown } | undefined)?.id;
    const name = typeof id === "string" ? `rule "${id}" (rules.${index})` : `rules.${index}`;
    return rest.length > 0 ? `${name} ${rest.map(String).join(".")}` : name;
  }
  return dottedFieldPath(path, content);
};

/**
 * Validates one rule pack file's content. The error names the file, and for a custom
 * rule the rule's id and field, so whoever wrote it can fix it without reading code.
 */
export function parseRulePack(fileName: string, content: unknown): RulePack {
  return parseFileContent(rulePackSchema, content, `rule pack ${fileName}`, describePath);
}
