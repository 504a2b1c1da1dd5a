import { resolve } from "node:path";
import { type RuleExampleResult, runRuleExamples } from "../detect/rules/run-rule-examples.ts";
import { loadRulePacks } from "../runtime/node/load-rule-packs.ts";
import { parseCommandArgs } from "./config-flags.ts";

const LABELS: Record<RuleExampleResult["status"], string> = { pass: "PASS", fail: "FAIL", untested: "SKIP" };

/** One table row per rule, and under a failing rule one line per failed example. */
function formatResults(results: readonly RuleExampleResult[]): string {
  const ruleWidth = Math.max(4, ...results.map((result) => result.rule.length));
  const typeWidth = Math.max(11, ...results.map((result) => result.entityType.length));
  const lines = [`${"".padEnd(6)}${"RULE".padEnd(ruleWidth)}  ${"ENTITY TYPE".padEnd(typeWidth)}  EXAMPLES`];
  for (const result of results) {
    const { match, noMatch } = result.counts;
    const examples = result.status === "untested" ? "none: add some to the pack's examples" : `${match} match, ${noMatch} noMatch`;
    lines.push(`${LABELS[result.status].padEnd(6)}${result.rule.padEnd(ruleWidth)}  ${result.entityType.padEnd(typeWidth)}  ${examples}`);
    for (const failure of result.failures) lines.push(`        ✗ ${failure}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `veilgate rules test [DIR]`: loads the rule packs in DIR (default: the rules dir), which
 * checks every pattern for catastrophic backtracking, then runs every rule's examples and
 * prints a PASS/FAIL table. Exits 1 when an example fails or a pack is invalid.
 */
export function runRulesCommand(args: string[]): number {
  const [action, ...rest] = args;
  if (action !== "test") throw new Error("rules needs a subcommand: rules test [DIR]");
  const { config, positionals } = parseCommandArgs(rest);
  if (positionals.length > 1) throw new Error("rules test takes at most one DIR");
  const directory = resolve(positionals[0] ?? config.rulesDir);
  const rules = loadRulePacks(directory);
  const results = runRuleExamples(rules);
  process.stdout.write(formatResults(results));
  const count = (status: RuleExampleResult["status"]) => results.filter((result) => result.status === status).length;
  const failed = count("fail");
  const untested = count("untested");
  const summary = `${count("pass")} passed, ${failed} failed${untested > 0 ? `, ${untested} without examples` : ""} (${rules.packs.length} pack${rules.packs.length === 1 ? "" : "s"} in ${directory})\n`;
  process.stdout.write(summary);
  return failed > 0 ? 1 : 0;
}
