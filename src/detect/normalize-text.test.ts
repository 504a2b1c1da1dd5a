import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text.ts";
import { adversarialInputs } from "./testing/adversarial-inputs.ts";

describe("normalizeText", () => {
  it("returns plain ASCII unchanged, with an identity map", () => {
    const input = normalizeText("SSN 123-45-6789");
    expect(input.text).toBe("SSN 123-45-6789");
    expect(input.originalStart(4)).toBe(4);
    expect(input.originalEnd(15)).toBe(15);
  });

  it("leaves stable non-ASCII text (accents, CJK) as it is", () => {
    expect(normalizeText("Chacón 東京 Müller").text).toBe("Chacón 東京 Müller");
  });

  it("folds full-width characters, Unicode dashes and spaces, and drops zero-width characters", () => {
    expect(normalizeText("１２３－４５−６７８９").text).toBe("123-45-6789");
    expect(normalizeText("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\ufe58i\ufe63j\uff0dk").text).toBe(
      "a-b-c-d-e-f-g-h-i-j-k",
    );
    expect(normalizeText("a\u00a0b\u2002c\u2009d\u202fe\u205ff\u3000g").text).toBe("a b c d e f g");
    expect(normalizeText("1\u200b2\u200c3\u200d4\u20605\ufeff6\u00ad7").text).toBe("1234567");
    expect(normalizeText("ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ").text).toBe("joe@example.com");
  });

  it("maps spans back to the whole value as written", () => {
    const original = "SSN: １２３\u200b－４５－６７８９!";
    const input = normalizeText(original);
    const start = input.text.indexOf("123");
    const end = start + "123-45-6789".length;
    expect(input.text.slice(start, end)).toBe("123-45-6789");
    expect(original.slice(input.originalStart(start), input.originalEnd(end))).toBe("１２３\u200b－４５－６７８９");
  });

  it("leaves zero-width characters around a value outside its span", () => {
    const original = "x \u200b42\u200b y";
    const input = normalizeText(original);
    const start = input.text.indexOf("42");
    expect(original.slice(input.originalStart(start), input.originalEnd(start + 2))).toBe("42");
  });

  it("maps every normalised character inside its original character (property)", () => {
    const pieces = fc.constantFrom("a", "1", " ", "-", "１", "－", "\u200b", "\u00a0", "—", "é", "東", "\ufb01", "😀");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const original = parts.join("");
        const input = normalizeText(original);
        let previous = 0;
        for (let index = 0; index < input.text.length; index++) {
          const start = input.originalStart(index);
          const end = input.originalEnd(index + 1);
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(original.slice(start, end).normalize("NFKC").length).toBeGreaterThan(0);
          previous = start;
        }
        expect(input.originalEnd(input.text.length)).toBeLessThanOrEqual(original.length);
      }),
    );
  });

  it("returns on 1 MB inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["—", "\u200b", "ｱ", "é"])) expect(typeof normalizeText(text).text).toBe("string");
  });
});
