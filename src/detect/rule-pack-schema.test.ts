import { describe, expect, it } from "vitest";
import { parseRulePack } from "./rule-pack-schema.ts";

const employeeRule = {
  id: "employee-id",
  entityType: "EMPLOYEE_ID",
  patterns: ["\\bEMP-\\d{6}\\b"],
  examples: { match: ["EMP-004217"], noMatch: ["EMP-1"] },
};
const pack = (fields: Record<string, unknown>) => ({ id: "acme", ...fields });
const errorOf = (content: unknown): string => {
  try {
    parseRulePack("redaction-rules/acme.json", content);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the pack to be rejected");
};

describe("parseRulePack", () => {
  it("accepts a pack of built-in types, as core.json has always been", () => {
    expect(parseRulePack("core.json", { id: "core", entities: ["US_SSN", "EMAIL"] })).toEqual({ id: "core", entities: ["US_SSN", "EMAIL"] });
  });

  it("fills in a custom rule's defaults: tokenize, no validator, compact canonical form", () => {
    const parsed = parseRulePack("acme.json", pack({ rules: [employeeRule] }));
    expect(parsed.rules?.[0]).toMatchObject({ action: "tokenize", validator: "none", canonical: "compact", flags: "", score: 0.6, minScore: 0 });
  });

  it("names the file, the rule and the field", () => {
    const message = errorOf(pack({ rules: [employeeRule, { ...employeeRule, id: "badge", entityType: "badge-id", validator: "crc32" }] }));
    expect(message).toMatch(/^Invalid rule pack redaction-rules\/acme\.json:/);
    expect(message).toMatch(/rule "badge" \(rules\.1\) entityType: must be an upper-case label/);
    expect(message).toMatch(/rule "badge" \(rules\.1\) validator: .*"luhn"/);
  });

  it("rejects a catastrophic pattern, naming the rule, the pattern and why", () => {
    const message = errorOf(pack({ rules: [{ ...employeeRule, patterns: ["EMP-\\d{6}", "(\\w+\\s?)*$"] }] }));
    expect(message).toMatch(/rule "employee-id" \(rules\.0\) patterns\.1: unsafe pattern "\(\\\\w\+\\\\s\?\)\*\$": .*nested quantifiers/);
  });

  it("rejects a label too long for a placeholder, and missing examples", () => {
    const message = errorOf(pack({ rules: [{ ...employeeRule, entityType: "A_VERY_LONG_EMPLOYEE_LABEL", examples: { match: [] } }] }));
    expect(message).toMatch(/rule "employee-id" \(rules\.0\) entityType/);
    expect(message).toMatch(/rule "employee-id" \(rules\.0\) examples\.match: Too small/i);
    expect(message).toMatch(/rule "employee-id" \(rules\.0\) examples\.noMatch/);
  });

  it("rejects a minimum score the rule can never reach", () => {
    const message = errorOf(pack({ rules: [{ ...employeeRule, score: 0.5, minScore: 0.9, context: { words: ["employee"], boost: 0.3 } }] }));
    expect(message).toMatch(/rule "employee-id" \(rules\.0\) minScore: is above the best score this rule can give \(0\.8\)/);
  });

  it("rejects duplicate rule ids, unknown fields and bad flags", () => {
    expect(errorOf(pack({ rules: [employeeRule, employeeRule] }))).toMatch(/rule "employee-id" \(rules\.1\) id: duplicate rule id/);
    expect(errorOf(pack({ rules: [{ ...employeeRule, pattern: "x" }] }))).toMatch(/rule "employee-id" \(rules\.0\): Unrecognized key: "pattern"/);
    expect(errorOf(pack({ rules: [{ ...employeeRule, flags: "gi" }] }))).toMatch(/rule "employee-id" \(rules\.0\) flags: may hold only i, m, s and u/);
  });

  it("checks built-in examples and overrides", () => {
    expect(errorOf(pack({ entities: ["EMAIL"], examples: { US_SSN: { match: ["x"], noMatch: ["y"] } } }))).toMatch(/examples\.US_SSN: US_SSN is not in this pack's entities/);
    expect(errorOf(pack({ overrides: [{ rule: "us-ssn", entityType: "US_SSN", action: "block" }] }))).toMatch(/overrides\.0: name exactly one of rule or entityType/);
    expect(errorOf(pack({ overrides: [{ entityType: "US_SSN" }] }))).toMatch(/overrides\.0: set action, minScore or both/);
    expect(errorOf(pack({ overrides: [{ entityType: "US_SSN", action: "redact" }] }))).toMatch(/overrides\.0\.action/);
    expect(errorOf(pack({}))).toMatch(/\(root\): a pack must list entities, define rules or set overrides/);
  });
});
