import { parseRulePack, type RulePack } from "../../detect/rule-pack-schema.ts";
import type { EntityType } from "../../detect/types.ts";
import { readJsonFiles } from "./read-json-files.ts";

/**
 * Reads every `*.json` rule pack in a folder. A folder with no packs is an error: starting
 * with nothing to detect would forward every value in the clear.
 */
export function loadRulePacks(directory: string): { packs: RulePack[]; entityTypes: EntityType[] } {
  const packs = readJsonFiles(directory, "rule pack").map(({ path, content }) => parseRulePack(path, content));
  if (packs.length === 0) throw new Error(`No rule packs (*.json) in ${directory}; refusing to start without detection`);
  return { packs, entityTypes: [...new Set(packs.flatMap((pack) => pack.entities))] };
}
