import { describe, expect, it } from "vitest";
import { readStreetLine } from "./read-street-line.ts";

const lineAfter = (text: string) => {
  const from = text.indexOf(" ") + 1;
  const line = readStreetLine(text, from);
  return line && [text.slice(from, line.end), line.strength];
};

describe("readStreetLine", () => {
  it.each([
    ["123 Main St, Springfield", ["Main St", "strong"]],
    ["1743 8th Street", ["8th Street", "strong"]],
    ["1 101st Avenue", ["101st Avenue", "strong"]],
    ["1600 Pennsylvania Avenue NW", ["Pennsylvania Avenue NW", "strong"]],
    ["55 Hill View", ["Hill View", "weak"]],
    ["9992 The Square", ["The Square", "strong"]],
    ["16 Waterside", ["Waterside", "none"]],
    ["12 rue de la Paix", ["rue de la Paix", "strong"]],
    ["1234 Lake Shore Drive", ["Lake Shore Drive", "strong"]],
    ["12 Hill View of the lake", ["Hill View", "weak"]],
  ])("after the number in %j reads %j", (text, line) => {
    expect(lineAfter(text)).toEqual(line);
  });

  it("reads no name from other numbers, long ordinals or codes", () => {
    for (const text of ["555 1234 Main", "12 34", "12 1234th Street", "12 5x Street", "12 IDs API"]) {
      expect(lineAfter(text)).toBeNull();
    }
  });
});
