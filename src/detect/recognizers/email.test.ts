import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { emailRecognizer } from "./email.ts";

const find = (text: string) => findValues(emailRecognizer, text);

describe("emailRecognizer", () => {
  it.each([
    "jane.doe@example.com",
    "j_doe+news@mail.example.co.uk",
    "o%brien@sub-domain.example.org",
    "x@y.io",
    "jörg@müller.de",
    "o'brien@example.ie",
  ])("finds %s", (address) => {
    expect(find(`mail ${address} today`)).toEqual([{ value: address, canonical: address.toLowerCase() }]);
  });

  it("lower-cases the canonical form and folds full-width characters", () => {
    expect(find("Jane.Doe@Example.COM")[0]?.canonical).toBe("jane.doe@example.com");
    expect(find("ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ")[0]?.canonical).toBe("jane@example.com");
  });

  it("leaves surrounding punctuation out", () => {
    expect(find("(jane@example.com).")[0]?.value).toBe("jane@example.com");
    expect(find("'jane@example.com',")[0]?.value).toBe("jane@example.com");
    expect(find("<jane@example.com>")[0]?.value).toBe("jane@example.com");
  });

  it("rejects what is not an address", () => {
    for (const text of ["jane@localhost", "@example.com", "jane@", "jane..doe@example.com", "jane@-example.com", "jane@example.c0m", "a @ b.com"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["a@", "a.", "@a.", "a-", "a@b."]);
    inputs.push(`${"a".repeat(1_000_000)}@`, `x@${"a-".repeat(500_000)}`);
    for (const text of inputs) expect(Array.isArray(find(text))).toBe(true);
  });
});
