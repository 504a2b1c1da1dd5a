import { describe, expect, it } from "vitest";
import acmePack from "../../../redaction-rules/examples/acme.json" with { type: "json" };
import { createDetector } from "../create-detector.ts";
import { normalizeText } from "../normalize-text.ts";
import { parseRulePack } from "../rule-pack-schema.ts";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { compileCustomRule } from "./compile-custom-rule.ts";
import type { CustomRecognizer } from "./custom-recognizer.ts";

/** Compiles one rule through the real schema, so defaults and safety checks apply. */
function compile(rule: Record<string, unknown>): CustomRecognizer {
  const examples = { match: ["x"], noMatch: ["y"] };
  const pack = parseRulePack("acme.json", { id: "acme", rules: [{ id: "rule", entityType: "EMPLOYEE_ID", examples, ...rule }] });
  const [parsed] = pack.rules ?? [];
  if (!parsed) throw new Error("no rule");
  return compileCustomRule("acme", parsed);
}
// findValues takes a Recognizer; a custom one differs only in allowing a custom type.
const find = (recognizer: CustomRecognizer, text: string) => findValues({ ...recognizer, type: "MRN" }, text);
const scores = (recognizer: CustomRecognizer, text: string) => createDetector({ types: [], customRecognizers: [recognizer] }).detect(text).map((finding) => finding.score);

describe("compileCustomRule", () => {
  it("finds every pattern's matches, with id <pack>/<rule>, the custom type and a compact canonical form", () => {
    const recognizer = compile({ patterns: ["\\bEMP-\\d{6}\\b", "\\bE\\d{6}\\b"] });
    expect(recognizer).toMatchObject({ id: "acme/rule", type: "EMPLOYEE_ID" });
    expect(find(recognizer, "EMP-004217 and E123456, not EMP-1234567")).toEqual([
      { value: "EMP-004217", canonical: "EMP004217" },
      { value: "E123456", canonical: "E123456" },
    ]);
  });

  it("matches the normalised text, so full-width and Unicode-dash spellings are found", () => {
    expect(find(compile({ patterns: ["\\bEMP-\\d{6}\\b"] }), "ＥＭＰ\u2013００４２１７")).toEqual([{ value: "ＥＭＰ\u2013００４２１７", canonical: "EMP004217" }]);
  });

  it("keeps only matches that pass the named validator", () => {
    const recognizer = compile({ patterns: ["\\bGC(?:[- ]?\\d{4}){4}\\b"], validator: "luhn", canonical: "digits" });
    expect(find(recognizer, "GC-7788-1234-5678-9018 GC-7788-1234-5678-9019")).toEqual([{ value: "GC-7788-1234-5678-9018", canonical: "7788123456789018" }]);
  });

  it("raises the score near a context word, and drops matches without one when context is required", () => {
    const optional = compile({ patterns: ["\\b\\d{6}\\b"], score: 0.5, context: { words: ["employee"], boost: 0.3 } });
    expect(scores(optional, "employee 004217")).toEqual([0.8]);
    expect(scores(optional, "order 004217")).toEqual([0.5]);
    const required = compile({ patterns: ["\\b\\d{6}\\b"], context: { words: ["employee number"], required: true, window: 20 } });
    expect(find(required, "Employee number: 004217").map((found) => found.value)).toEqual(["004217"]);
    expect(find(required, "order 004217")).toEqual([]);
    expect(find(required, `employee number ${"x".repeat(30)} 004217`)).toEqual([]);
  });

  it("honours flags", () => {
    expect(find(compile({ patterns: ["\\bnightjar\\b"], flags: "i" }), "NightJar").map((found) => found.value)).toEqual(["NightJar"]);
    expect(find(compile({ patterns: ["\\bnightjar\\b"] }), "NightJar")).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs, the example pack's rules included", { timeout: 120_000 }, () => {
    const shipped = parseRulePack("examples/acme.json", acmePack);
    const rules = [
      ...(shipped.rules ?? []).map((rule) => compileCustomRule(shipped.id, rule)),
      compile({ patterns: ["\\b\\d{6}\\b"], context: { words: ["employee number"], required: true } }),
      compile({ patterns: ["[\\w.+-]{1,40}@[\\w-]{1,40}\\.[a-z]{2,10}"] }),
      compile({ patterns: ["\\d{1,5}\\d{1,5}x"] }),
    ];
    const texts = adversarialInputs(["EMP-", "emp-12345 ", "employee number 1234567 ", "GC-1234-", "GC 7788 ", "a@a.", "EMP-123456 ", "Nightjar", "4111 1111 "]);
    texts.push(`employee number ${repeatToMegabyte("0")}`);
    for (const text of texts) {
      const input = normalizeText(text);
      for (const rule of rules) expect(Array.isArray(rule.find(input))).toBe(true);
    }
  });
});
