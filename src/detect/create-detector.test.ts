import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDetector } from "./create-detector.ts";
import { parseRulePack } from "./rule-pack-schema.ts";
import { compileRulePacks } from "./rules/compile-rule-packs.ts";
import { adversarialInputs } from "./testing/adversarial-inputs.ts";
import type { Finding } from "./types.ts";

const detector = createDetector();
const spans = (text: string, findings: Finding[]) => findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)]);

describe("createDetector", () => {
  it("finds every type in one prompt, sorted, with spans in the original text", () => {
    const text = [
      "SSN: １２３－４５－６７８９",
      "card 4111\u200b1111 1111 1111",
      "routing 021000021, acct 12345678",
      "IBAN DE89 3704 0044 0532 0130 00",
      "MRN: E3881302, NPI: 1234567893",
      "mail Jane.Doe@Example.com or call (415) 555\u20130132",
    ].join("\n");
    expect(spans(text, detector.detect(text))).toEqual([
      ["US_SSN", "１２３－４５－６７８９"],
      ["CREDIT_CARD", "4111\u200b1111 1111 1111"],
      ["ABA_ROUTING", "021000021"],
      ["US_BANK_ACCOUNT", "12345678"],
      ["IBAN", "DE89 3704 0044 0532 0130 00"],
      ["MRN", "E3881302"],
      ["NPI", "1234567893"],
      ["EMAIL", "Jane.Doe@Example.com"],
      ["PHONE", "(415) 555\u20130132"],
    ]);
  });

  it("names the rule and keeps scores in 0..1", () => {
    const [finding] = detector.detect("SSN 123-45-6789");
    expect(finding).toMatchObject({ type: "US_SSN", rule: "us-ssn", canonical: "123456789" });
    expect(finding?.score).toBeGreaterThan(0);
    expect(finding?.score).toBeLessThanOrEqual(1);
  });

  it("gives the same canonical form to one value written in different ways", () => {
    const spellings = ["123-45-6789", "123 45 6789", "123.45.6789", "123\u201445\u20146789", "１２３－４５－６７８９", "123\u200b-45-6789"];
    const canonicals = spellings.map((value) => detector.detect(`The form shows ${value}.`)[0]?.canonical);
    expect(new Set(canonicals)).toEqual(new Set(["123456789"]));
    const phones = ["(415) 555-0132", "+1 415 555 0132", "415.555.0132", "+14155550132"].map(
      (value) => detector.detect(`Call ${value}`)[0]?.canonical,
    );
    expect(new Set(phones)).toEqual(new Set(["+14155550132"]));
  });

  it("resolves overlaps by score: a card beats a bank account, an IBAN beats the digits inside it", () => {
    const card = "account 4111 1111 1111 1111";
    expect(spans(card, detector.detect(card))).toEqual([["CREDIT_CARD", "4111 1111 1111 1111"]]);
    const iban = "acct IBAN DE89 3704 0044 0532 0130 00";
    expect(spans(iban, detector.detect(iban))).toEqual([["IBAN", "DE89 3704 0044 0532 0130 00"]]);
    const routing = "routing 021000021 account";
    expect(spans(routing, detector.detect(routing))).toEqual([["ABA_ROUTING", "021000021"]]);
  });

  it("resolves overlaps of equal score in favour of the longer span", () => {
    const text = "Call +1 (415) 555-0132";
    expect(spans(text, detector.detect(text))).toEqual([["PHONE", "+1 (415) 555-0132"]]);
  });

  it("reports only the requested types", () => {
    const text = "SSN 123-45-6789, mail jane@example.com";
    const onlyEmail = createDetector({ types: ["EMAIL"] });
    expect(spans(text, onlyEmail.detect(text))).toEqual([["EMAIL", "jane@example.com"]]);
    expect(createDetector({ types: [] }).detect(text)).toEqual([]);
  });

  it("returns nothing for empty or PII-free text", () => {
    expect(detector.detect("")).toEqual([]);
    expect(detector.detect("Version 1.20.2 shipped on 2024-01-15 for $415.55 (order 650-4257280-3449614).")).toEqual([]);
  });

  it("always returns sorted, disjoint findings whose spans are inside the text (property)", () => {
    const pieces = fc.constantFrom(
      "SSN 123-45-6789",
      "4111 1111 1111 1111",
      "routing 021000021",
      "acct 12345678",
      "DE89370400440532013000",
      "MRN 00482913",
      "NPI 1234567893",
      "a@b.co",
      "(415) 555-0132",
      "+44 20 7946 0958",
      " ",
      "\n",
      "－",
      "\u200b",
      "１",
      "x",
      "| ",
      ",",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const findings = detector.detect(text);
        let previousEnd = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          previousEnd = finding.end;
        }
      }),
    );
  });

  it("returns on 1 MB adversarial inputs", { timeout: 120_000 }, () => {
    for (const text of adversarialInputs(["SSN 123-45-6789 ", "account routing npi mrn phone ", "+1 (", "a@b."])) {
      expect(Array.isArray(detector.detect(text))).toBe(true);
    }
  });
});

describe("createDetector with allow rules", () => {
  const withAllowRule = (entityType: string, pattern: string) => {
    const pack = parseRulePack("allow.json", {
      id: "allow", entities: ["US_SSN", "CREDIT_CARD"],
      rules: [{ id: "wide", entityType, patterns: [pattern], score: 1, action: "allow", examples: { match: ["4111 1111 1111 1111"], noMatch: ["\n"] } }],
    });
    return createDetector(compileRulePacks([{ file: "allow.json", pack }]).detectorOptions);
  };

  it("an allow rule of another type never hides a finding to redact", () => {
    const text = "card 4111 1111 1111 1111, my ssn is 078-05-1120 ok";
    const findings = withAllowRule("CREDIT_CARD", "[^\\n]{1,100}").detect(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end), finding.action])).toEqual([
      ["CREDIT_CARD", "4111 1111 1111 1111", "tokenize"],
      ["US_SSN", "078-05-1120", "tokenize"],
    ]);
  });

  it("an allow rule still lets values of its own type through", () => {
    const text = "card 4111 1111 1111 1111, my ssn is 078-05-1120 ok";
    const findings = withAllowRule("CREDIT_CARD", "\\b4111[- ]?1111[- ]?1111[- ]?1111\\b").detect(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end), finding.action])).toEqual([
      ["CREDIT_CARD", "4111 1111 1111 1111", "allow"],
      ["US_SSN", "078-05-1120", "tokenize"],
    ]);
  });
});
