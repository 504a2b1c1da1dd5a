import { describe, expect, it } from "vitest";
import { aloneOnLineFrom, followsSignOffLine } from "./alone-on-line.ts";

/** `aloneOnLineFrom` for the first "Ann Lee" of `text`. */
function lineStartOf(text: string): number {
  const start = text.indexOf("Ann Lee");
  return aloneOnLineFrom(text, start, start + "Ann Lee".length);
}

describe("aloneOnLineFrom", () => {
  it("returns where the line starts when bullets, quotes and closing punctuation are all else on it", () => {
    expect(lineStartOf("Notes\n\n- Ann Lee\n")).toBe(7);
    expect(lineStartOf("> * • Ann Lee.;!\nnext")).toBe(0);
    expect(lineStartOf("Ann Lee")).toBe(0);
  });

  it("is -1 when the line holds anything else", () => {
    expect(lineStartOf("Call Ann Lee\n")).toBe(-1);
    expect(lineStartOf("- Ann Lee called\n")).toBe(-1);
  });

  it("looks no further than 120 characters either side", () => {
    expect(lineStartOf(`${"-".repeat(120)}Ann Lee`)).toBe(0);
    expect(lineStartOf(`x\n${"-".repeat(119)}Ann Lee`)).toBe(2);
    expect(lineStartOf(`x\n${"-".repeat(120)}Ann Lee`)).toBe(-1);
    expect(lineStartOf(`Ann Lee${".".repeat(119)}\nx`)).toBe(0);
    expect(lineStartOf(`Ann Lee${".".repeat(120)}\nx`)).toBe(-1);
    expect(lineStartOf(`Ann Lee${".".repeat(120)}`)).toBe(0);
  });
});

describe("followsSignOffLine", () => {
  it("reads the last non-blank line before the run's line", () => {
    const text = "Kind regards,\n\nAnn Lee";
    expect(followsSignOffLine(text, text.indexOf("Ann"))).toBe(true);
    expect(followsSignOffLine("Notes\nAnn Lee", 6)).toBe(false);
  });
});
