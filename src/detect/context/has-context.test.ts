import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { contextPattern } from "./context-pattern.ts";
import { type ContextRule, hasContext } from "./has-context.ts";

const rule: ContextRule = { pattern: contextPattern(["ssn", "social security"]), before: 40, after: 20 };

function check(text: string, value = "123456789"): boolean {
  const start = text.indexOf(value);
  return hasContext(normalizeText(text), start, start + value.length, rule);
}

describe("hasContext", () => {
  it("finds a word shortly before or after the value", () => {
    expect(check("My SSN is 123456789.")).toBe(true);
    expect(check("123456789 (SSN)")).toBe(true);
    expect(check('{"ssn": "123456789"}')).toBe(true);
  });

  it("ignores words outside the window", () => {
    expect(check(`SSN ${"x".repeat(60)} 123456789`)).toBe(false);
    expect(check(`123456789 ${"x".repeat(30)} ssn`)).toBe(false);
  });

  it("stops at the line and the sentence", () => {
    expect(check("SSN on file.\nOrder 123456789")).toBe(false);
    expect(check("SSN was sent. Order 123456789")).toBe(false);
    expect(check("Social Security No. 123456789")).toBe(true);
  });

  it("accepts a label alone on the line above", () => {
    expect(check("SSN:\n123456789")).toBe(true);
  });

  it("accepts the header of the value's table column", () => {
    expect(check("| Name | SSN |\n| --- | --- |\n| Ann | 123456789 |")).toBe(true);
    expect(check("name,ssn\nAnn,123456789")).toBe(true);
    expect(check("INSERT INTO people (name, ssn) VALUES ('Ann', '123456789');")).toBe(true);
    expect(check("| Name | Order |\n| --- | --- |\n| Ann | 123456789 |")).toBe(false);
    expect(check("| Name | SSN |\n| --- | --- |\n| Ann | 123456789 |".replace("SSN", "Order"))).toBe(false);
  });

  it("ignores column headers when the rule says so", () => {
    const text = "| Name | SSN |\n| --- | --- |\n| Ann | 123456789 |";
    const start = text.indexOf("123456789");
    expect(hasContext(normalizeText(text), start, start + 9, { ...rule, columns: false })).toBe(false);
  });
});

describe("hasContext at the window's edges", () => {
  it("does not take the tail of a longer word for a context word", () => {
    expect(hasContext(normalizeText("classn 123456789"), 7, 16, { ...rule, before: 4 })).toBe(false);
    expect(hasContext(normalizeText("xx ssn 123456789"), 7, 16, { ...rule, before: 4 })).toBe(true);
  });
});
