import { describe, expect, it } from "vitest";
import { createDetector } from "../create-detector.ts";
import { parseRulePack } from "../rule-pack-schema.ts";
import { compileRulePacks } from "./compile-rule-packs.ts";

const examples = { match: ["x"], noMatch: ["y"] };
const file = (name: string, content: Record<string, unknown>) => ({ file: name, pack: parseRulePack(name, content) });
const core = file("core.json", { id: "core", entities: ["US_SSN", "CREDIT_CARD", "EMAIL"] });
const acme = file("acme.json", {
  id: "acme",
  overrides: [
    { entityType: "CREDIT_CARD", action: "mask" },
    { rule: "us-ssn", action: "block" },
    { entityType: "EMAIL", minScore: 0.99 },
  ],
  rules: [
    { id: "employee-id", entityType: "EMPLOYEE_ID", patterns: ["\\bEMP-\\d{6}\\b"], action: "tokenize", examples },
    { id: "codename", entityType: "PROJECT_CODENAME", patterns: ["\\bNightjar\\b"], action: "block", examples },
    { id: "test-card", entityType: "CREDIT_CARD", patterns: ["\\b4111(?: ?1111){3}\\b"], score: 1, action: "allow", examples },
  ],
});

describe("compileRulePacks", () => {
  const rules = compileRulePacks([core, acme]);
  const detector = createDetector(rules.detectorOptions);
  const found = (text: string) => detector.detect(text).map(({ type, rule, action }) => ({ type, rule, action }));

  it("enables the packs' built-in types and compiles their custom rules", () => {
    expect(rules.entityTypes).toEqual(["US_SSN", "CREDIT_CARD", "EMAIL"]);
    expect([...rules.customRecognizers.keys()]).toEqual(["acme/employee-id", "acme/codename", "acme/test-card"]);
  });

  it("puts each rule's action on its findings, and names the rule that fired", () => {
    expect(found("SSN 123-45-6789, card 5500 0000 0000 0004, EMP-004217, Nightjar, test 4111 1111 1111 1111")).toEqual([
      { type: "US_SSN", rule: "us-ssn", action: "block" },
      { type: "CREDIT_CARD", rule: "credit-card", action: "mask" },
      { type: "EMPLOYEE_ID", rule: "acme/employee-id", action: "tokenize" },
      { type: "PROJECT_CODENAME", rule: "acme/codename", action: "block" },
      { type: "CREDIT_CARD", rule: "acme/test-card", action: "allow" },
    ]);
  });

  it("drops findings below their minimum score", () => {
    expect(found("mail jane@example.com")).toEqual([]);
    expect(createDetector(compileRulePacks([core]).detectorOptions).detect("mail jane@example.com")).toHaveLength(1);
  });

  it("defaults to tokenize with no packs' settings", () => {
    expect(createDetector().detect("SSN 123-45-6789")[0]?.action).toBe("tokenize");
  });

  it("refuses duplicate pack ids, unknown built-in rules and conflicting settings, naming the files", () => {
    expect(() => compileRulePacks([core, file("other.json", { id: "core", entities: ["EMAIL"] })])).toThrow(
      'Rule pack id "core" is used by both core.json and other.json; pack ids must be unique',
    );
    expect(() => compileRulePacks([file("typo.json", { id: "typo", overrides: [{ rule: "us-sn", action: "block" }] })])).toThrow(
      /Invalid rule pack typo\.json:\n {2}overrides\.0\.rule: no built-in rule "us-sn"; known: us-ssn, credit-card/,
    );
    const strict = file("strict.json", { id: "strict", overrides: [{ entityType: "CREDIT_CARD", action: "block" }] });
    expect(() => compileRulePacks([acme, strict])).toThrow("Conflicting rule packs: strict.json sets action of CREDIT_CARD to block, but acme.json set it to mask");
    const same = file("same.json", { id: "same", overrides: [{ entityType: "CREDIT_CARD", action: "mask", minScore: 0.5 }] });
    expect(() => compileRulePacks([acme, same])).not.toThrow();
  });
});
