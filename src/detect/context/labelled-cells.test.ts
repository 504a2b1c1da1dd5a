import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { labelledCells } from "./labelled-cells.ts";

function cellsOf(text: string): string[] {
  return labelledCells(normalizeText(text)).map((cell) => `${cell.header}=${text.slice(cell.start, cell.end)}`);
}

describe("labelledCells", () => {
  it("labels markdown table cells with their column header", () => {
    const text = "Patients:\n\n| Name | MRN |\n| :--- | ---: |\n| Ann | 00123 |\n| Bo | 00456 |\n\nDone.";
    expect(cellsOf(text)).toEqual(["Name=Ann", "MRN=00123", "Name=Bo", "MRN=00456"]);
  });

  it("labels CSV and TSV rows, honouring quotes", () => {
    expect(cellsOf('name,dob,ssn\n"Doe, Ann","May 1, 1990",123456789')).toEqual([
      "name=Doe, Ann",
      "dob=May 1, 1990",
      "ssn=123456789",
    ]);
    expect(cellsOf("name\tssn\nAnn\t123456789")).toEqual(["name=Ann", "ssn=123456789"]);
  });

  it("does not mistake prose with commas for a table", () => {
    expect(cellsOf("Hello, how are you today, my friend?\nFine, thanks, and you?")).toEqual([]);
  });

  it("finds a CSV header line after prose commas and tabs elsewhere, and at the text's edges", () => {
    expect(cellsOf("Note, see below.\na\tb c\nid,ssn\n7,123456789")).toEqual(["id=7", "ssn=123456789"]);
    expect(cellsOf(",x\nid,ssn\n7,123456789\n,")).toEqual(["id=7", "ssn=123456789"]);
    expect(cellsOf('"id","ssn"\n7,123456789')).toEqual(["id=7", "ssn=123456789"]);
  });

  it("parses INSERT statements only in one of three spellings, at a word start", () => {
    expect(cellsOf("Insert into t (ssn) values ('123456789')")).toEqual(["ssn=123456789"]);
    expect(cellsOf("iNsErT into t (ssn) values ('123456789')")).toEqual([]);
    expect(cellsOf("reinsert into t (ssn) values ('123456789')")).toEqual([]);
  });

  it("labels SQL INSERT values, several tuples and escaped quotes included", () => {
    const text = "INSERT INTO t (name, `ssn`) VALUES ('O''Brien', '123456789'), ('Bo', 987654321);";
    expect(cellsOf(text)).toEqual(["name=O''Brien", "ssn=123456789", "name=Bo", "ssn=987654321"]);
  });

  it("returns on 1 MB adversarial tables", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs([
      "|",
      "| a |\n",
      "a,b\n",
      "---|",
      "insert into t (a) values (",
      "insert into t (a) values ('x',",
    ]);
    inputs.push(`| a | b |\n| --- | --- |\n${repeatToMegabyte("| 1 | 2 |\n")}`);
    inputs.push(`insert into t (a) values ('${"x".repeat(1_000_000)}`);
    for (const input of inputs) expect(Array.isArray(labelledCells(normalizeText(input)))).toBe(true);
  });
});
