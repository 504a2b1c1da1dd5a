import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { cellsLabelledBy } from "./cells-labelled-by.ts";
import { contextPattern } from "./context-pattern.ts";

const pattern = contextPattern(["ssn", "mrn"]);

function cellsOf(text: string): string[] {
  return cellsLabelledBy(normalizeText(text), pattern).map((cell) => `${cell.header}=${text.slice(cell.start, cell.end)}`);
}

describe("cellsLabelledBy", () => {
  it("keeps the cells of columns whose header has one of the words", () => {
    expect(cellsOf("name,ssn,dob\nAnn,123456789,1990-01-01\nBo,987654321,1991-02-02")).toEqual(["ssn=123456789", "ssn=987654321"]);
  });

  it("keeps several matching columns in text order", () => {
    expect(cellsOf("| SSN | Name | MRN |\n| --- | --- | --- |\n| 1 | Ann | 2 |\n| 3 | Bo | 4 |")).toEqual(["SSN=1", "MRN=2", "SSN=3", "MRN=4"]);
  });

  it("finds nothing without a matching header or without a table", () => {
    expect(cellsOf("name,dob\nAnn,1990-01-01")).toEqual([]);
    expect(cellsOf("My SSN is 123456789.")).toEqual([]);
  });
});
