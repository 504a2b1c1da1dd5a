import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRulePack, type RulePack } from "../../detect/rule-pack-schema.ts";
import type { EntityType } from "../../detect/types.ts";

/**
 * Reads every `*.json` rule pack in a folder. A folder with no packs is an error: starting
 * with nothing to detect would forward every value in the clear.
 */
export function loadRulePacks(directory: string): { packs: RulePack[]; entityTypes: EntityType[] } {
  const packs = readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(path, "utf8"));
      } catch (error) {
        throw new Error(`Invalid rule pack ${path}: not valid JSON (${(error as Error).message})`);
      }
      return parseRulePack(path, content);
    });
  if (packs.length === 0) throw new Error(`No rule packs (*.json) in ${directory}; refusing to start without detection`);
  return { packs, entityTypes: [...new Set(packs.flatMap((pack) => pack.entities))] };
}
