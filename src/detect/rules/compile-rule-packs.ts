import type { DetectorOptions } from "../create-detector.ts";
import { DEFAULT_RECOGNIZERS } from "../default-recognizers.ts";
import type { RulePack } from "../rule-pack-schema.ts";
import type { EntityType, Recognizer } from "../types.ts";
import { compileCustomRule } from "./compile-custom-rule.ts";
import type { CustomRecognizer } from "./custom-recognizer.ts";
import type { RuleSetting } from "./rule-settings.ts";

/** A validated rule pack and the file it came from (named in every error). */
export interface RulePackFile {
  file: string;
  pack: RulePack;
}

/** Rule packs turned into what the detector needs. */
export interface CompiledRules {
  packs: readonly RulePackFile[];
  /** Built-in entity types that some pack enables. */
  entityTypes: EntityType[];
  /** Custom rules, by id ("acme/employee-id"). */
  customRecognizers: ReadonlyMap<string, CustomRecognizer>;
  /** Pass to `createDetector`: enabled types, custom recognizers, actions and minimum scores. */
  detectorOptions: DetectorOptions & Required<Pick<DetectorOptions, "types" | "customRecognizers" | "settings">>;
}

/** Adds a setting, refusing a different value for a field another pack already set. */
function addSetting(settings: Map<string, RuleSetting>, owners: Map<string, string>, key: string, setting: RuleSetting, file: string): void {
  const known = settings.get(key) ?? {};
  for (const field of ["action", "minScore"] as const) {
    const value = setting[field];
    if (value === undefined) continue;
    const owner = owners.get(`${key}\u0000${field}`);
    if (known[field] !== undefined && known[field] !== value) {
      throw new Error(`Conflicting rule packs: ${file} sets ${field} of ${key} to ${value}, but ${owner} set it to ${known[field]}`);
    }
    owners.set(`${key}\u0000${field}`, file);
  }
  settings.set(key, { ...known, ...Object.fromEntries(Object.entries(setting).filter(([, value]) => value !== undefined)) });
}

/**
 * Combines validated packs: the union of their built-in entity types, their custom rules
 * compiled into recognizers, and every action and minimum score, by rule id or entity type.
 * Throws, naming the files, on a pack id used twice, an override of an unknown built-in
 * rule, or two packs giving one rule different settings.
 */
export function compileRulePacks(files: readonly RulePackFile[], builtIns: readonly Recognizer[] = DEFAULT_RECOGNIZERS): CompiledRules {
  const packFiles = new Map<string, string>();
  const builtInIds = new Set(builtIns.map((recognizer) => recognizer.id));
  const byRule = new Map<string, RuleSetting>();
  const byType = new Map<string, RuleSetting>();
  const owners = new Map<string, string>();
  const customRecognizers = new Map<string, CustomRecognizer>();
  for (const { file, pack } of files) {
    const other = packFiles.get(pack.id);
    if (other) throw new Error(`Rule pack id "${pack.id}" is used by both ${other} and ${file}; pack ids must be unique`);
    packFiles.set(pack.id, file);
    pack.overrides?.forEach((override, index) => {
      const setting = { action: override.action, minScore: override.minScore };
      if (override.entityType) return addSetting(byType, owners, override.entityType, setting, file);
      if (!override.rule || !builtInIds.has(override.rule)) {
        throw new Error(`Invalid rule pack ${file}:\n  overrides.${index}.rule: no built-in rule "${override.rule}"; known: ${[...builtInIds].join(", ")}`);
      }
      addSetting(byRule, owners, override.rule, setting, file);
    });
    for (const rule of pack.rules ?? []) {
      const recognizer = compileCustomRule(pack.id, rule);
      customRecognizers.set(recognizer.id, recognizer);
      byRule.set(recognizer.id, { action: rule.action, minScore: rule.minScore });
    }
  }
  const entityTypes = [...new Set(files.flatMap(({ pack }) => pack.entities ?? []))];
  return {
    packs: files,
    entityTypes,
    customRecognizers,
    detectorOptions: { types: entityTypes, customRecognizers: [...customRecognizers.values()], settings: { byRule, byType } },
  };
}
