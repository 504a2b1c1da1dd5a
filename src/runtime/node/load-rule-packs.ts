import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseRulePack } from "../../detect/rule-pack-schema.ts";
import { type CompiledRules, compileRulePacks } from "../../detect/rules/compile-rule-packs.ts";
import { readJsonFiles } from "./read-json-files.ts";

/**
 * Reads, validates and compiles every `*.json` rule pack in a folder (not its subfolders,
 * so `examples/` there is not loaded). Every custom pattern is checked for catastrophic
 * backtracking here, at load; an error names the file and the rule. A folder with no packs
 * is an error: starting with nothing to detect would forward every value in the clear.
 */
export function loadRulePacks(directory: string): CompiledRules {
  // A pack the loader skips would look active and protect nothing: say so instead.
  const yaml = readdirSync(directory).filter((name) => /\.ya?ml$/i.test(name));
  if (yaml.length > 0) {
    throw new Error(`Rule packs must be JSON; YAML is not supported: convert ${yaml.map((name) => join(directory, name)).join(", ")} to .json`);
  }
  const files = readJsonFiles(directory, "rule pack").map(({ path, content }) => ({ file: path, pack: parseRulePack(path, content) }));
  if (files.length === 0) throw new Error(`No rule packs (*.json) in ${directory}; refusing to start without detection`);
  return compileRulePacks(files);
}
