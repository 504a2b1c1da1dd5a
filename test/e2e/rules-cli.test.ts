import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

const employeeRule = {
  id: "employee-id",
  entityType: "EMPLOYEE_ID",
  patterns: ["\\bEMP-\\d{6}\\b"],
  context: { words: ["employee"], window: 40 },
  action: "tokenize",
  examples: { match: ["Employee EMP-004217 asked"], noMatch: ["EMP-12345 is short"] },
};

/** A fresh rules folder holding the given packs, by file name. */
function rulesDir(files: Record<string, unknown>): string {
  const directory = mkdtempSync(join(tmpdir(), "veilgate-rules-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return directory;
}

describe("veilgate rules test", () => {
  it("passes every example of the shipped packs, built-in types included", async () => {
    const result = await runCli(["rules", "test"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const type of ["US_SSN", "CREDIT_CARD", "IBAN", "EMAIL", "PHONE", "PERSON"]) {
      expect(result.stdout).toMatch(new RegExp(`^PASS  core/${type} +${type} +\\d+ match, \\d+ noMatch$`, "m"));
    }
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed/m);
  });

  it("passes the shipped example pack: custom rules with validators, context and every action", async () => {
    const result = await runCli(["rules", "test", "redaction-rules/examples"]);
    expect(result.code).toBe(0);
    for (const rule of ["employee-id", "employee-number", "gift-card", "project-codename", "test-card-numbers"]) {
      expect(result.stdout).toMatch(new RegExp(`^PASS  acme/${rule} `, "m"));
    }
  });

  it("exits 1 and names the rule and the example when an example fails", async () => {
    const failing = { ...employeeRule, examples: { match: ["Employee EMP-004217 asked", "EMP 004217"], noMatch: ["EMP-000001 (employee)"] } };
    const result = await runCli(["rules", "test", rulesDir({ "acme.json": { id: "acme", rules: [failing] } })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL  acme\/employee-id +EMPLOYEE_ID +2 match, 1 noMatch$/m);
    expect(result.stdout).toContain('✗ match "EMP 004217": not found; found nothing');
    expect(result.stdout).toContain('✗ noMatch "EMP-000001 (employee)": found EMPLOYEE_ID "EMP-000001" (acme/employee-id)');
    expect(result.stdout).toMatch(/^0 passed, 1 failed/m);
  });

  it("refuses a catastrophic pattern at load with a clear error naming file, rule and pattern", async () => {
    const directory = rulesDir({ "acme.json": { id: "acme", rules: [{ ...employeeRule, patterns: ["EMP-(\\d+)+$"] }] } });
    const result = await runCli(["rules", "test", directory]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Invalid rule pack ${join(directory, "acme.json")}:`);
    expect(result.stderr).toMatch(/rule "employee-id" \(rules\.0\) patterns\.0: unsafe pattern "EMP-\(\\\\d\+\)\+\$": \(\\d\+\)\+ at offset 4 repeats something that can match the same text in more than one way/);
    expect(result.stdout).toBe("");
  });

  it("says YAML is not supported rather than skipping a pack", async () => {
    const result = await runCli(["rules", "test", rulesDir({ "core.json": { id: "core", entities: ["EMAIL"] }, "acme.yaml": "id: acme\n" })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Rule packs must be JSON; YAML is not supported: convert .*acme\.yaml to \.json/);
  });
});

describe("custom rules in the proxy's detector", () => {
  it("veilgate redact replaces a custom rule's value with a placeholder of its type", async () => {
    const directory = rulesDir({ "core.json": { id: "core", entities: ["EMAIL"] }, "acme.json": { id: "acme", rules: [employeeRule] } });
    const result = await runCli(["redact", "--rules-dir", directory], { stdin: "Employee EMP-004217 mailed ann@example.com" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Employee \[EMPLOYEE_ID_[0-9A-Z]{6}\] mailed \[EMAIL_[0-9A-Z]{6}\]$/);
    expect(result.stderr).toMatch(/EMPLOYEE_ID: 1/);
  });

  it("veilgate serve refuses to start with an unsafe pattern", async () => {
    const directory = rulesDir({ "acme.json": { id: "acme", rules: [{ ...employeeRule, patterns: ["(a|a)*x"] }] } });
    const result = await runCli(["serve", "--port", "0", "--rules-dir", directory, "--data-dir", join(directory, "data")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/acme\.json[\s\S]*rule "employee-id"[\s\S]*overlapping alternatives/);
  });
});
