import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { creditCardRecognizer } from "./credit-card.ts";

const find = (text: string) => findValues(creditCardRecognizer, text);

describe("creditCardRecognizer", () => {
  it.each([
    "4111111111111111",
    "4222222222222",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "6445644564456445",
    "6500000000000002",
    "3530111333300000",
    "30569309025904",
    "38520000023237",
    "6200000000000005",
  ])("finds %s without context", (digits) => {
    expect(find(`pay with ${digits} please`)).toEqual([{ value: digits, canonical: digits }]);
  });

  it.each([
    ["4111 1111 1111 1111", "spaces"],
    ["4111-1111-1111-1111", "dashes"],
    ["4111.1111.1111.1111", "dots"],
    ["4111\u20131111\u20131111\u20131111", "en dashes"],
    ["４１１１ １１１１ １１１１ １１１１", "full-width digits"],
    ["4111\u200b1111\u200b1111\u200b1111", "zero-width characters"],
    ["4111\u00a01111\u00a01111\u00a01111", "no-break spaces"],
  ])("finds %s (%s) with the same canonical form", (value) => {
    expect(find(`Card: ${value}.`)).toEqual([{ value, canonical: "4111111111111111" }]);
  });

  it("finds Amex in its 4-6-5 grouping", () => {
    expect(find("Amex 3782 822463 10005")).toEqual([{ value: "3782 822463 10005", canonical: "378282246310005" }]);
  });

  it("rejects Luhn-invalid numbers, unknown prefixes and wrong lengths", () => {
    for (const text of ["4111 1111 1111 1112", "9111111111111111", "41111111111111", "41111111111111111111", "1234 5678 9012 3456"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("rejects a grouping that mixes separator styles", () => {
    expect(find("4111 1111-1111 1111")).toEqual([]);
  });

  it("picks the card out of a longer run of groups", () => {
    expect(find("Card 4111 1111 1111 1111 12 28")).toEqual([{ value: "4111 1111 1111 1111", canonical: "4111111111111111" }]);
    expect(find("ref 77 4111 1111 1111 1111")).toEqual([{ value: "4111 1111 1111 1111", canonical: "4111111111111111" }]);
  });

  it("does not fire inside a word or a longer number", () => {
    expect(find("INV4111111111111111")).toEqual([]);
    expect(find("94111111111111111")).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["4111 ", "4111-1111 ", "4 "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
