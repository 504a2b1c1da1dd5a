import { describe, expect, it } from "vitest";
import { repeatToMegabyte } from "../../testing/adversarial-inputs.ts";
import { MAX_MATCH_LENGTH, checkSafePattern } from "./check-safe-pattern.ts";

function problemsOf(pattern: string, flags = ""): string {
  const verdict = checkSafePattern(pattern, flags);
  return verdict.safe ? "" : verdict.problems.join("\n");
}

describe("checkSafePattern accepts linear patterns", () => {
  it.each([
    ["EMP-\\d{6}"],
    ["\\bEMP-\\d{6}\\b"],
    ["(?:EMP|EMPLOYEE)[- ]?\\d{6}"],
    ["[A-Z]{2}(?:-\\d{1,4}){1,3}"],
    ["(?<![\\w-])[A-Z]{3}\\d{4}(?!\\d)"],
    ["(?<=ab|c)d"],
    ["\\d{3}-?\\d{2}-?\\d{4}"],
    ["(?:\\d{1,3}\\.){3}\\d{1,3}"],
    ["(?:\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}"],
    ["[\\w.+-]{1,40}@[\\w-]{1,40}\\.[a-z]{2,10}"],
    ["\\p{Lu}{2}\\d{6}", "u"],
    ["emp\\x2d\\u0030{2}[\\d\\-]{4}", "i"],
    ["[]a|[^]b"],
    ["a{,3}x"],
  ])("%s", (pattern, flags = "") => {
    expect(checkSafePattern(pattern, flags)).toMatchObject({ safe: true });
  });

  it("reports the longest match", () => {
    expect(checkSafePattern("EMP-\\d{4,6}")).toEqual({ safe: true, maxLength: 10 });
  });
});

describe("checkSafePattern rejects catastrophic patterns", () => {
  it.each(["(a+)+$", "(a|a)*", "(\\w+\\s?)*", "(a|ab){1,3}", "(?:a{1,3}){1,10}", "(?:\\d{1,4}-?){1,4}", "(?:a?b?){1,5}"])(
    "%s: nested quantifiers or overlapping alternatives in a repeat",
    (pattern) => {
      expect(problemsOf(pattern).split("\n")[0]).toMatch(/repeats something that can match the same text in more than one way.*exponentially/);
    },
  );

  it("rejects unbounded repeats, naming them and suggesting a bound", () => {
    expect(problemsOf("EMP-\\d+")).toBe("\\d+ at offset 4 is unbounded: give it an upper limit, e.g. {1,64} instead of + or *");
    expect(problemsOf("a.*b")).toMatch(/\.\* at offset 1 is unbounded/);
    expect(problemsOf("x{2,}")).toMatch(/x\{2,\} at offset 0 is unbounded/);
  });

  it("rejects backreferences and variable-length lookbehinds", () => {
    expect(problemsOf("(a)\\1")).toMatch(/backreference \\1 at offset 3/);
    expect(problemsOf("(?<q>a)\\k<q>")).toMatch(/backreference \\k<q>/);
    expect(problemsOf("(?<=a{1,3})b")).toMatch(/lookbehind \(\?<=a\{1,3\}\) at offset 0 must have a fixed length/);
  });

  it("rejects too many ambiguous choices at one position", () => {
    expect(problemsOf("\\w{1,20}\\s?\\w{1,20}x")).toMatch(/up to 400 ways at one position \(ambiguous: \\w\{1,20\}/);
    expect(problemsOf("(?:a|a)".repeat(10))).toMatch(/up to 1024 ways.*ambiguous: a\|a/);
    expect(problemsOf(".{0,60}secret")).toMatch(/ambiguous: \.\{0,60\}/);
  });

  it("rejects empty matches, long matches, long sources, odd flags and invalid syntax", () => {
    expect(problemsOf("a{0,3}")).toMatch(/can match the empty string/);
    expect(problemsOf("(?=x)")).toMatch(/can match the empty string/);
    expect(problemsOf(`x{${MAX_MATCH_LENGTH + 1}}`)).toMatch(/up to 101 characters; the limit is 100/);
    expect(problemsOf("(?=[^x]{1,128}x)a")).toMatch(/or look at\) up to 130/);
    expect(problemsOf("a".repeat(301))).toMatch(/301 characters long; the limit is 300/);
    expect(problemsOf("a", "g")).toMatch(/flags "g" are not allowed/);
    expect(problemsOf("a", "ii")).toMatch(/flags "ii" are not allowed/);
    expect(problemsOf("(a")).toMatch(/not a valid regular expression/);
  });
});

describe("checkSafePattern reads patterns as the engine does", () => {
  // Each pair differs only in whether two parts of a repeated group share a character.
  it("folds case under the i flag", () => {
    expect(checkSafePattern("(?:[a-z]{1,3}X){1,3}").safe).toBe(true);
    expect(checkSafePattern("(?:[a-z]{1,3}X){1,3}", "i").safe).toBe(false);
  });

  it("takes a dash next to a class escape literally, and \\b in a class as backspace", () => {
    expect(checkSafePattern("(?:[\\d-x]{1,3}y){1,3}").safe).toBe(true);
    expect(checkSafePattern("(?:[\\d-x]{1,3}-){1,3}").safe).toBe(false);
    expect(checkSafePattern("(?:[\\b]{1,3}b){1,3}").safe).toBe(true);
  });

  it("reads hex, unicode, control and octal escapes as one character each", () => {
    expect(checkSafePattern("(?:\\x41{1,3}\\u0042){1,3}").safe).toBe(true);
    expect(checkSafePattern("(?:\\x41{1,3}\\u0041){1,3}").safe).toBe(false);
    expect(checkSafePattern("(?:\\u{1F600}{1,3}x){1,3}", "u").safe).toBe(true);
    expect(checkSafePattern("(?:\\cJ{1,3}\\n){1,3}").safe).toBe(false);
  });

  it("treats a negated class and the dot as (almost) every character", () => {
    expect(checkSafePattern("(?:[^x]{1,3}y){1,3}").safe).toBe(false);
    expect(checkSafePattern("(?:[^x]{1,3}x){1,3}").safe).toBe(true);
    expect(checkSafePattern("(?:.{1,3}\\n){1,3}").safe).toBe(true);
    expect(checkSafePattern("(?:.{1,3}\\n){1,3}", "s").safe).toBe(false);
  });
});

describe("checkSafePattern counts characters as the engine does under the u flag", () => {
  // Under `u` one character is one code point; each pattern below pits two spellings of it
  // against each other in a repeat, which backtracks exponentially when they are the same.
  it.each([
    ["surrogate escapes and \\u{…}", "(?:\\uD83D\\uDE00|\\u{1F600}){1,30}x", "u"],
    ["surrogate escapes and a literal", "(?:\\uD83D\\uDE00|\u{1F600}){1,30}x", "u"],
    ["surrogate escapes in a class", "(?:[\\uD83D\\uDE00]|\\u{1F600}){1,30}x", "u"],
    ["a range of surrogate escapes", "(?:[\\uD83D\\uDE00-\\uD83D\\uDE4F]|\\u{1F603}){1,30}x", "u"],
    ["a literal astral character and \\u{…}", "(?:\u{1F600}|\\u{1F600}){1,30}x", "u"],
    ["\\u{…} with leading zeros", "(?:\\u{00000041}|A){1,30}x", "u"],
    ["astral letters that fold together", "(?:\\u{10400}|\\u{10428}){1,30}x", "iu"],
    ["astral letters spelled as surrogate escapes", "(?:\\uD801\\uDC00|\u{10428}){1,30}x", "iu"],
  ])("refuses %s", (_, pattern, flags) => {
    expect(new RegExp(`^(?:${pattern})$`, flags).source).toBeTruthy();
    expect(problemsOf(pattern, flags)).toMatch(/more than one way/);
  });

  it("quantifies a surrogate-escape pair as one character, as the engine does", () => {
    expect(new RegExp("^\\uD83D\\uDE00{2}$", "u").test("\u{1F600}\u{1F600}")).toBe(true);
    expect(checkSafePattern("\\uD83D\\uDE00{2}", "u")).toEqual({ safe: true, maxLength: 2 });
    expect(checkSafePattern("[\\uD83D\\uDE00-\\uD83D\\uDE4F]{1,3}", "u")).toEqual({ safe: true, maxLength: 3 });
    // Without `u` the escapes stay two UTF-16 units, and {2} repeats the low half only.
    expect(checkSafePattern("\\uD83D\\uDE00{2}")).toEqual({ safe: true, maxLength: 3 });
  });

  it("pairs only two four-digit escapes, as the engine does", () => {
    // \uD83D\u{DE00} stays two lone halves, which never match U+1F600.
    expect(new RegExp("^\\uD83D\\u{DE00}$", "u").test("\u{1F600}")).toBe(false);
    expect(checkSafePattern("(?:\\uD83D\\u{DE00}|\\u{1F600}){1,30}x", "u").safe).toBe(true);
    expect(checkSafePattern("(?:\\uD83D\\uDE00|\\uD83D\\uDE01){1,30}x", "u").safe).toBe(true);
  });
});

describe("accepted patterns stay linear on 1 MB adversarial inputs", () => {
  // Patterns at the limits, each with the input that makes it work hardest.
  it.each([
    ["\\d{1,5}\\d{1,5}x", "1"],
    ["[^x]{1,99}x", "a"],
    ["(?=[^x]{1,90}x)a", "a"],
    ["(?:EMP|EMPLOYEE)[- ]?\\d{6}", "EMPLOYEE-12345 "],
    ["[\\w.+-]{1,40}@[\\w-]{1,40}\\.[a-z]{2,10}", "a@a."],
  ])("%s", { timeout: 20_000 }, (pattern, unit) => {
    expect(checkSafePattern(pattern).safe).toBe(true);
    const text = repeatToMegabyte(unit);
    const started = performance.now();
    const matches = [...text.matchAll(new RegExp(pattern, "g"))];
    expect(matches.length).toBeGreaterThanOrEqual(0);
    // Linear work finishes in about a second even on a loaded machine; a catastrophic
    // pattern would not finish at all.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
