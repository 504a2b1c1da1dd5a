import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldSearchText, searchTokens } from "./search-text.ts";

describe("foldSearchText", () => {
  it("turns compatibility characters, accents and case into the plain lower-case word", () => {
    expect(foldSearchText("ｗｉｒｅ ＭＯＮＥＹ to ﬁnance Crème Brûlée Ⅻ ①")).toBe("wire money to finance creme brulee xii 1");
    expect(searchTokens("[US_SSN_7QK2MX] ｗｉｒｅ")).toEqual(["us", "ssn", "7qk2mx", "wire"]);
  });

  it("equals decomposing and stripping the whole text at once, for any text", () => {
    const whole = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme-composite" }), fc.string());
    fc.assert(fc.property(text, (value) => foldSearchText(value) === whole(value)), { numRuns: 2000 });
    expect(foldSearchText("e\u0301\u0323x")).toBe(whole("e\u0301\u0323x"));
  });
});
