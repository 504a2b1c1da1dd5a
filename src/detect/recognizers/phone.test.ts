import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { phoneRecognizer } from "./phone.ts";

const find = (text: string) => findValues(phoneRecognizer, text);
const canonicals = (text: string) => find(text).map((found) => found.canonical);

describe("phoneRecognizer", () => {
  it.each([
    "(415) 555-0132",
    "415-555-0132",
    "415.555.0132",
    "415 555 0132",
    "415\u2014555\u20140132",
    "415\u2011555\u20110132",
    "+1 415 555 0132",
    "+1-415-555-0132",
    "1 (415) 555-0132",
    "+14155550132",
    "(415)5550132",
    "４１５－５５５－０１３２",
    "415-555-01\u200b32",
  ])("reads %s as +14155550132", (value) => {
    expect(find(`Call me at ${value}.`)).toContainEqual({ value, canonical: "+14155550132" });
  });

  it.each([
    ["+44 20 7946 0958", "+442079460958"],
    ["+44 (0)20 7946 0958", "+442079460958"],
    ["+49 30 901820", "+4930901820"],
    ["+81 90-9765-7640", "+819097657640"],
    ["+55 51 94537-8461", "+5551945378461"],
    ["+353 87 130 1250", "+353871301250"],
    ["0033 1 23 45 67 89", "+33123456789"],
    ["+33 (0)6 12 34 56 78", "+33612345678"],
  ])("reads international %s as %s", (value, canonical) => {
    expect(find(`phone: ${value}`)).toContainEqual({ value, canonical });
  });

  it("reads national numbers with a trunk 0 as their digits", () => {
    expect(find("mobile 07700 900123")).toEqual([{ value: "07700 900123", canonical: "07700900123" }]);
    expect(find("tel 020 7946 0958")).toEqual([{ value: "020 7946 0958", canonical: "02079460958" }]);
  });

  it.each([
    ["Tél : 06 12 34 56 78", "06 12 34 56 78", "0612345678"],
    ["tél. 01-42-68-53-00", "01-42-68-53-00", "0142685300"],
    ["Portable : 06.12.34.56.78", "06.12.34.56.78", "0612345678"],
    ["Mobil: 0151 23456789", "0151 23456789", "015123456789"],
    ["Handy 0170 1234 5678", "0170 1234 5678", "017012345678"],
  ])("reads European national numbers: %j", (text, value, canonical) => {
    expect(find(text)).toEqual([{ value, canonical }]);
  });

  it("reads national digits run together next to a phone word", () => {
    expect(find("Ring me on 07700900123")).toEqual([{ value: "07700900123", canonical: "07700900123" }]);
  });

  it("needs a phone word for twelve-digit, paired and run-together national numbers", () => {
    for (const text of [
      "ref 0151 23456789",
      "Vertrag 0170 1234 5678",
      "section 01.02.03.04.05",
      "OID 06.12.34.56.78",
      "Lottery picks: 01 07 19 23 42",
      "Tel 06 12 34 56 78 90",
      "order 07700900123",
    ]) {
      expect(find(text)).toEqual([]);
    }
  });

  it.each([
    ["Office: (415) 555-2671 ext. 204", "(415) 555-2671 ext. 204", "+14155552671;ext=204"],
    ["ph: 1-800-555-0199 x12", "1-800-555-0199 x12", "+18005550199;ext=12"],
    ["call 212 555 0143, extension 4410", "212 555 0143, extension 4410", "+12125550143;ext=4410"],
    ["+44 20 7946 0958 ext 22", "+44 20 7946 0958 ext 22", "+442079460958;ext=22"],
  ])("keeps a written extension with its number: %j", (text, value, canonical) => {
    expect(find(text)).toEqual([{ value, canonical }]);
  });

  it("does not take what merely follows a number for an extension", () => {
    for (const text of ["415-555-2671 extra fees", "415-555-2671 x2.5", "415-555-2671 xyz", "415-555-2671 and 12"]) {
      expect(find(text).map((found) => found.value)).toEqual(["415-555-2671"]);
    }
  });

  it("reads an 00 number after an id label as that id, and one elsewhere as international", () => {
    expect(find("Net 30 terms, PO 0099 88776655, due")).toEqual([]);
    expect(find("Invoice 0042 12345678 is overdue")).toEqual([]);
    expect(find("call 0044 20 7946 0958")).toEqual([{ value: "0044 20 7946 0958", canonical: "+442079460958" }]);
  });

  it("needs a phone word for ten bare digits", () => {
    expect(canonicals("Call me: 4155550132")).toEqual(["+14155550132"]);
    expect(canonicals("Order 4155550132 shipped")).toEqual([]);
  });

  it("rejects impossible North American numbers", () => {
    for (const text of ["123-555-0132", "415-155-0132", "911-555-0132", "+1 123 555 0132"]) expect(find(text)).toEqual([]);
  });

  it("does not flag other kinds of numbers", () => {
    for (const text of [
      "SSN 123-45-6789",
      "card 4111 1111 1111 1111",
      "on 2024-01-15 at 10:30",
      "version v11.21.33 and 1.20.2",
      "total $415.55",
      "order 650-4257280-3449614",
      "NDC 30889-0674-44",
      "ip 192.168.100.200",
      "uuid 94517181-864c-4b48-afdc-58dc1ab2f4b6",
      "zip 94103-1234",
      "id 00123456789012",
      "call f(415)5550132",
    ]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("scores a formatted number low right after an id label, so an id recognizer can claim it", () => {
    const text = "NHS No. 943 476 5919";
    const [match] = phoneRecognizer.find(normalizeText(text));
    expect(match?.score).toBeLessThan(0.5);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["+1 ", "(555) ", "+44 (0)", "0", "1-555-"])) expect(Array.isArray(find(text))).toBe(true);
  });
});
