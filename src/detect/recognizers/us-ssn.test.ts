import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { usSsnRecognizer } from "./us-ssn.ts";

const find = (text: string) => findValues(usSsnRecognizer, text);

describe("usSsnRecognizer", () => {
  it.each([
    ["123-45-6789", "dash"],
    ["123 45 6789", "space"],
    ["123.45.6789", "dot"],
    ["123 - 45 - 6789", "spaced dash"],
    ["123\u201345\u20136789", "en dash"],
    ["123\u221245\u22126789", "minus sign"],
    ["123\u00a045\u00a06789", "no-break space"],
    ["１２３－４５－６７８９", "full-width digits"],
    ["123\u200b-45-67\u200b89", "zero-width characters"],
  ])("finds %s (%s) without context, canonical digits only", (value) => {
    expect(find(`The form shows ${value} in box a.`)).toEqual([{ value, canonical: "123456789" }]);
  });

  it.each(["000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000"])(
    "rejects %s, which is never issued",
    (value) => {
      expect(find(`SSN: ${value}`)).toEqual([]);
    },
  );

  it("needs an SSN word near a bare nine-digit run", () => {
    expect(find("SSN: 123456789")).toEqual([{ value: "123456789", canonical: "123456789" }]);
    expect(find("social_security_number=123456789")).toHaveLength(1);
    expect(find('{"ssnFull": "123456789"}')).toHaveLength(1);
    expect(find("SS# 123456789")).toHaveLength(1);
    expect(find("123456789 (SSN)")).toHaveLength(1);
    expect(find("| Name | SSN |\n| --- | --- |\n| Ann | 123456789 |")).toHaveLength(1);
    expect(find("Order 123456789 shipped")).toEqual([]);
    expect(find("SSN on file.\n\nOrder 123456789 shipped")).toEqual([]);
  });

  it("takes \"social\" for SSN only right before the value or as its column header", () => {
    expect(find("my social is 536228415 pls help")).toHaveLength(1);
    expect(find("Social: 536228415")).toHaveLength(1);
    expect(find("| Name | Social |\n| --- | --- |\n| Owen | 387412296 |")).toHaveLength(1);
    expect(find("Social media campaign reached 387412296 impressions")).toEqual([]);
    expect(find("We track social signals; order 387412296 shipped")).toEqual([]);
  });

  it("does not fire inside a longer number or on mixed separators", () => {
    for (const text of ["1123-45-6789", "123-45-67890", "123-45-6789-1", "1.123.45.6789", "SSN 9123456789", "123-45 6789"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["123-45-", "ssn 12345678 ", "123 45 678 "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
