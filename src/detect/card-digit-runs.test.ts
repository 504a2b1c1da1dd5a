import { describe, expect, it } from "vitest";
import { cardDigitRuns } from "./card-digit-runs.ts";
import { longDigitClusters } from "./digit-clusters.ts";
import { normalizeText } from "./normalize-text.ts";

function runsOf(text: string): string[][] {
  const input = normalizeText(text);
  return cardDigitRuns(input.text, longDigitClusters(input), 13).map((bounds) => {
    const groups: string[] = [];
    for (let index = 0; index < bounds.length; index += 2) groups.push(text.slice(bounds[index], bounds[index + 1]));
    return groups;
  });
}

describe("cardDigitRuns", () => {
  it("reads the groups of a run joined by single spaces, dashes or dots", () => {
    expect(runsOf("card 4111 1111-1111.1111 exp 12/28")).toEqual([["4111", "1111", "1111", "1111"]]);
  });

  it("starts at a 2–6 not glued to a letter or digit, and only in clusters of enough digits", () => {
    expect(runsOf("1 4111 1111 1111 1111")).toEqual([["4111", "1111", "1111", "1111"]]);
    expect(runsOf("x41111111111111111 y")).toEqual([]);
    expect(runsOf("4111 1111 111")).toEqual([]);
  });

  it("drops a last group glued to a letter, and gives up on a first group so glued", () => {
    expect(runsOf("4111 1111 1111 1111x")).toEqual([["4111", "1111", "1111"]]);
    expect(runsOf("4111111111111111x")).toEqual([]);
  });

  it("ends a run at a group of more than 19 digits", () => {
    expect(runsOf("4111 1111 11111111111111111111")).toEqual([["4111", "1111"]]);
  });

  it("needs twelve digit or separator characters after the first digit", () => {
    expect(runsOf("2(4111 1111 1111 1111")).toEqual([["4111", "1111", "1111", "1111"]]);
  });
});
