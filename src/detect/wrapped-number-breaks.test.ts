import { describe, expect, it } from "vitest";
import { createDetector } from "./create-detector.ts";
import { normalizeText } from "./normalize-text.ts";
import { adversarialInputs } from "./testing/adversarial-inputs.ts";
import { findWrappedNumberBreaks } from "./wrapped-number-breaks.ts";

const joined = (text: string) => normalizeText(text).text;

describe("numbers wrapped over a line break", () => {
  it.each([
    ["card 4111 1111\n1111 1111 ok", "card 4111 1111 1111 1111 ok"],
    ["card 4111 1111 1111\n1111.", "card 4111 1111 1111 1111."],
    ["card 4111-1111\n1111-1111", "card 4111-1111-1111-1111"],
    ["card 4111 1111 \n1111 1111", "card 4111 1111 1111 1111"],
    ["SSN 123-45-\n6789", "SSN 123-45-6789"],
    ["card 4111 1111\r\n1111 1111", "card 4111 1111 1111 1111"],
    ["NHS 943 476\n5919", "NHS 943 476 5919"],
    ["IBAN DE89 3704 0044\n0532 0130 00", "IBAN DE89 3704 0044 0532 0130 00"],
  ])("joins %j", (text, expected) => {
    expect(joined(text)).toBe(expected);
  });

  it.each([
    ["csv,1234 5678\n9012,x", "a number that does not stand alone"],
    ["id,96580862\n01/19/2000,x", "CSV rows"],
    ["call (317) 735-0641\n595-70-6001", "uneven groups: two numbers"],
    ["Total 12\n34 items", "a single group"],
    ["ref 4111 1111\n1111 1111a", "a number running into a word"],
    ["v 1.2 3.4\n5.6", "no digit group at the break"],
  ])("leaves %j alone (%s)", (text) => {
    expect(joined(text)).toBe(text);
    expect(findWrappedNumberBreaks(text)).toEqual([]);
  });

  it("maps the joined value back to the original span, line break included", () => {
    const text = "Card: ４１１１ １１１１\r\n１１１１ １１１１, thanks";
    const [finding] = createDetector({ types: ["CREDIT_CARD"] }).detect(text);
    expect(text.slice(finding?.start, finding?.end)).toBe("４１１１ １１１１\r\n１１１１ １１１１");
    expect(finding?.canonical).toBe("4111111111111111");
  });

  it("keeps offsets right after several joins", () => {
    const text = "a 1234 5678\n9012 b 123-45-\n6789 c";
    const input = normalizeText(text);
    expect(input.text).toBe("a 1234 5678 9012 b 123-45-6789 c");
    const start = input.text.indexOf("123-45");
    expect(text.slice(input.originalStart(start), input.originalEnd(start + 11))).toBe("123-45-\n6789");
    expect(text.slice(input.originalStart(input.text.length - 1))).toBe("c");
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["1234 5678\n", "12-\n", "1 1\n1 ", "\r\n1"])) expect(typeof joined(text)).toBe("string");
  });
});
