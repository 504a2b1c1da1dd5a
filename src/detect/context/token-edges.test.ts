import { describe, expect, it } from "vitest";
import { continuesAsNumberAt, runsOnAt } from "./token-edges.ts";

describe("runsOnAt", () => {
  it("sees a letter, a digit, or a hyphen and one after the token", () => {
    expect(["A123x", "A1234", "A123-4", "A123-x"].map((text) => runsOnAt(text, 4))).toEqual([true, true, true, true]);
    expect(["A123", "A123 ", "A123-", "A123--", "A123é"].map((text) => runsOnAt(text, 4))).toEqual([false, false, false, false, false]);
  });
});

describe("continuesAsNumberAt", () => {
  it("sees one of the marks and a digit after the token", () => {
    expect(continuesAsNumberAt("12/3", 2, "/.")).toBe(true);
    expect(continuesAsNumberAt("12.3", 2, "/.")).toBe(true);
    expect(continuesAsNumberAt("12,3", 2, "/.")).toBe(false);
    expect(continuesAsNumberAt("12,3", 2, "/.,")).toBe(true);
    expect(continuesAsNumberAt("12.", 2, "/.")).toBe(false);
    expect(continuesAsNumberAt("12", 2, "/.")).toBe(false);
  });
});
