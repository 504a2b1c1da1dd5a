import { describe, expect, it } from "vitest";
import { foldedCanonical } from "./folded-canonical.ts";

function reference(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

describe("foldedCanonical", () => {
  it("lower-cases and folds each white-space run to one space", () => {
    expect(foldedCanonical("Maria  Gonzalez")).toBe("maria gonzalez");
    expect(foldedCanonical("221B Baker\nStreet")).toBe("221b baker street");
    expect(foldedCanonical(" Via\u00a0Roma \t10 ")).toBe(" via roma 10 ");
    expect(foldedCanonical("José Núñez")).toBe("josé núñez");
    expect(foldedCanonical("")).toBe("");
  });

  it("gives what toLowerCase().replace(/\\s+/g, \" \") gives, around every UTF-16 code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      for (const text of [`A${character}b`, `${character}`, `x ${character}`, `${character} Y`, `${character}${character}`]) {
        if (foldedCanonical(text) !== reference(text)) {
          disagreements.push(code);
          break;
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
