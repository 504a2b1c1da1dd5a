import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { usBankAccountRecognizer } from "./us-bank-account.ts";

const find = (text: string) => findValues(usBankAccountRecognizer, text);

describe("usBankAccountRecognizer", () => {
  it.each([
    ["Account number: 12345678", "12345678"],
    ["acct 000123456789", "000123456789"],
    ["My checking account # is 987654321012", "987654321012"],
    ["savings: 11223344", "11223344"],
    ["A/C 4400112233", "4400112233"],
    ["deposit_account=47388520045351", "47388520045351"],
    ["Acct No.: 1234-5678-90", "1234-5678-90"],
    ["Acct No.: 1234\u20135678\u201390", "1234\u20135678\u201390"],
    ["acct ９９４５８５４２", "９９４５８５４２"],
    ["acct 9945\u200b8542", "9945\u200b8542"],
  ])("finds the account in %s", (text, value) => {
    expect(find(text).map((found) => found.value)).toEqual([value]);
  });

  it("gives one canonical form to every spelling", () => {
    const canonicals = ["acct 1234-5678-90", "acct 1234 5678 90", "acct １２３４５６７８９０"].map((text) => find(text)[0]?.canonical);
    expect(canonicals).toEqual(["1234567890", "1234567890", "1234567890"]);
  });

  it("finds the account number before a MICR on-us symbol", () => {
    expect(find("MICR: ⑆021000021⑆ 4160126348177⑈ 1991").map((found) => found.value)).toContain("4160126348177");
  });

  it("finds short values only right after the label", () => {
    expect(find("acct ending 4321").map((found) => found.value)).toEqual(["4321"]);
    expect(find("My account was opened back in 2019")).toEqual([]);
  });

  it("reads \"DDA\", the banks' own label for a checking account", () => {
    expect(find("routing/transit 021000021, DDA 123456789012").map((found) => found.value)).toEqual(["123456789012"]);
    expect(find("The ADDA 123456789012 form")).toEqual([]);
  });

  it("needs an account word before the value", () => {
    expect(find("Order 12345678 shipped")).toEqual([]);
    expect(find("Reference 12345678 for my account")).toEqual([]);
  });

  it("skips dates, amounts, decimals and over-long runs", () => {
    for (const text of ["account opened 2020-01-15", "account balance $1,234.56", "account 1234.56", "account 123456789012345678"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("finds values in an account column far below its header, and none far past the last word", () => {
    const rows = Array.from({ length: 30 }, (_, index) => `| Ann | ${40000000 + index} |`).join("\n");
    expect(find(`| Name | Account number |\n| --- | --- |\n${rows}`)).toHaveLength(30);
    expect(find(`acct 12345678 ${"x ".repeat(40)} 87654321`).map((found) => found.value)).toEqual(["12345678"]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["account 1 ", "acct 1234-", "1⑈"])) expect(Array.isArray(find(text))).toBe(true);
  });
});
