import { describe, expect, it } from "vitest";
import { parseRulePack } from "../rule-pack-schema.ts";
import { compileRulePacks } from "./compile-rule-packs.ts";
import { runRuleExamples } from "./run-rule-examples.ts";

const run = (content: Record<string, unknown>) => runRuleExamples(compileRulePacks([{ file: "acme.json", pack: parseRulePack("acme.json", content) }]));
const employeeRule = {
  id: "employee-id",
  entityType: "EMPLOYEE_ID",
  patterns: ["\\bEMP-\\d{6}\\b"],
  examples: { match: ["EMP-004217", "badge EMP-123456"], noMatch: ["EMP-1234", "TEMP-123456"] },
};

describe("runRuleExamples", () => {
  it("passes a custom rule whose examples hold, and a built-in type whose examples hold", () => {
    const results = run({
      id: "acme",
      entities: ["US_SSN", "EMAIL"],
      examples: { US_SSN: { match: ["SSN 123-45-6789"], noMatch: ["order 123456789"] } },
      rules: [employeeRule],
    });
    expect(results).toEqual([
      { file: "acme.json", rule: "acme/US_SSN", entityType: "US_SSN", status: "pass", counts: { match: 1, noMatch: 1 }, failures: [] },
      { file: "acme.json", rule: "acme/EMAIL", entityType: "EMAIL", status: "untested", counts: { match: 0, noMatch: 0 }, failures: [] },
      { file: "acme.json", rule: "acme/employee-id", entityType: "EMPLOYEE_ID", status: "pass", counts: { match: 2, noMatch: 2 }, failures: [] },
    ]);
  });

  it("says which example failed and what was found instead", () => {
    const [result] = run({
      id: "acme",
      rules: [{ ...employeeRule, examples: { match: ["EMP-004217", "EMP 004217"], noMatch: ["TEMP-123456", "EMP-000001 is a test id"] } }],
    });
    expect(result?.status).toBe("fail");
    expect(result?.failures).toEqual([
      'match "EMP 004217": not found; found nothing',
      'noMatch "EMP-000001 is a test id": found EMPLOYEE_ID "EMP-000001" (acme/employee-id)',
    ]);
  });

  it("needs a match to survive overlaps with other rules, but tests noMatch on the rule alone", () => {
    const weak = { ...employeeRule, id: "digits", patterns: ["\\b\\d{3}-\\d{2}-\\d{4}\\b"], score: 0.1, examples: { match: ["123-45-6789"], noMatch: ["x"] } };
    const [, result] = run({ id: "acme", entities: ["US_SSN"], rules: [weak] });
    expect(result?.failures).toEqual(['match "123-45-6789": not found; found US_SSN "123-45-6789" (us-ssn)']);
  });

  it("applies minimum scores, as the proxy would", () => {
    const [result] = run({ id: "acme", rules: [{ ...employeeRule, score: 0.5, minScore: 0.8, context: { words: ["badge"] } }] });
    expect(result?.failures).toEqual(['match "EMP-004217": not found; found nothing']);
  });
});
