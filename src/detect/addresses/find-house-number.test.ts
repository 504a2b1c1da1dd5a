import { describe, expect, it } from "vitest";
import { findHouseNumber } from "./find-house-number.ts";

const numbersIn = (text: string) => {
  const found: string[] = [];
  for (let number = findHouseNumber(text, 0); number; number = findHouseNumber(text, number.end)) {
    found.push(text.slice(number.start, number.end));
  }
  return found;
};

describe("findHouseNumber", () => {
  it.each([
    ["at 221B Baker Street", ["221B"]],
    ["(12-14 Main St)", ["12-14"]],
    ["Hauptstraße 5, Berlin", ["5"]],
    ["21 S Main", ["21"]],
    ["7\n", ["7"]],
  ])("in %j finds %j", (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers);
  });

  it("skips amounts, codes, times, long numbers and numbers before a digit or lower-case word", () => {
    expect(numbersIn("$12 Main, A12 Main, v1.5 Main, 1234567 Main, 3.5 Main, 12 main")).toEqual([]);
    expect(numbersIn("at 10:30 Main")).toEqual(["10"]);
  });

  it("starts searching at `from`", () => {
    const text = "1 Main and 2 Main";
    expect(findHouseNumber(text, 1)).toEqual({ start: 11, end: 12 });
  });
});
