import { describe, expect, it } from "vitest";
import { type LabelledValueRule, valueAfterLabel } from "./value-after-label.ts";

const rule: LabelledValueRule = {
  fillerWords: new Set(["id", "is", "my", "on", "card"]),
  isValue: (compact) => compact.length >= 6 && /\d{4}/.test(compact),
  canonical: (compact) => compact.toUpperCase(),
  score: 0.7,
};

function valueAfter(text: string, label: string, options: Partial<LabelledValueRule> = {}): string | null {
  const from = text.indexOf(label) + label.length;
  const match = valueAfterLabel(text, from, { ...rule, ...options });
  return match ? text.slice(match.start, match.end) : null;
}

describe("valueAfterLabel", () => {
  it("skips punctuation and filler words to the first value-shaped token", () => {
    expect(valueAfter("Member: W173499204", "Member")).toBe("W173499204");
    expect(valueAfter("member ID on my card is w1734992", "member")).toBe("w1734992");
    expect(valueAfter("member # TW7249251-04.", "member")).toBe("TW7249251-04");
  });

  it("stops at another word, a line break, a too-long gap or a token that runs on", () => {
    expect(valueAfter("member pending W173499204", "member")).toBeNull();
    expect(valueAfter("member\nW173499204", "member")).toBeNull();
    expect(valueAfter(`member ${"-".repeat(40)} W173499204`, "member")).toBeNull();
    expect(valueAfter(`member ${"x".repeat(30)}1234`, "member")).toBeNull();
    expect(valueAfter("member 123456.78", "member")).toBeNull();
  });

  it("joins spaced digit groups when the rule allows it", () => {
    expect(valueAfter("DL 123 456 789", "DL", { spacedDigitGroups: true })).toBe("123 456 789");
    expect(valueAfter("DL 123 456 789", "DL")).toBeNull();
  });

  it("takes the marks that make a token a number's start from the rule, \"/.,\" by default", () => {
    expect(valueAfter("member W173499204,5", "member")).toBeNull();
    expect(valueAfter("member W173499204,5", "member", { numberMarks: "/." })).toBe("W173499204");
    expect(valueAfter("member W173499204.5", "member", { numberMarks: "/." })).toBeNull();
  });

  it("stops at a backslash unless the rule skips it", () => {
    expect(valueAfter("member \\ W173499204", "member")).toBeNull();
    expect(valueAfter("member \\ W173499204", "member", { backslashEnds: false })).toBe("W173499204");
  });
});
