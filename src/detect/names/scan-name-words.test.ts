import { describe, expect, it } from "vitest";
import { scanNameWords } from "./scan-name-words.ts";

const scanned = (text: string) => scanNameWords(text).map((word) => word.text);

describe("scanNameWords", () => {
  it("finds capitalised words in any cased script, with hyphens and apostrophes", () => {
    expect(scanned("Đinh Quốc Đại met Mary-Jane O'Connor and Ольга Петрова.")).toEqual([
      "Đinh",
      "Quốc",
      "Đại",
      "Mary-Jane",
      "O'Connor",
      "Ольга",
      "Петрова",
    ]);
  });

  it("marks initials, capitals and possessives", () => {
    const [initial, capitals, possessive] = scanNameWords("J. SMITH saw Maria's cat");
    expect(initial).toMatchObject({ text: "J", initial: true });
    expect(capitals).toMatchObject({ text: "SMITH", lower: "smith", allCaps: true });
    expect(possessive).toMatchObject({ text: "Maria", start: 13, end: 18, possessive: true });
  });

  it("skips code: identifiers, member access, calls, generics, inline code, camelCase", () => {
    expect(scanned("config.Name get_User Foo::Bar Build() List<Person> `Anna Smith` JavaScript iPhone")).toEqual([]);
    expect(scanned("Ask McDonald, DeShawn and MacKenzie")).toEqual(["Ask", "McDonald", "DeShawn", "MacKenzie"]);
  });

  it("skips contractions, lone capitals, plural acronyms and words never in a name", () => {
    expect(scanned("I Don't think A B JWTs or APIs")).toEqual([]);
    expect(scanned("The Monday Inc Dr Thanks")).toEqual([]);
  });

  it("classifies each word", () => {
    expect(scanNameWords("Will Kowalski Payroll").map((word) => word.wordClass)).toEqual(["ambiguous", "name", "word"]);
  });

  it("keeps words inside fenced code blocks, which often hold data", () => {
    expect(scanned('```json\n{"name": "Anna Smith"}\n```')).toEqual(["Anna", "Smith"]);
  });
});
