import { describe, expect, it } from "vitest";
import { createDetector } from "../create-detector.ts";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { healthPlanIdRecognizer } from "./health-plan-id.ts";

const find = (text: string) => findValues(healthPlanIdRecognizer, text);

describe("healthPlanIdRecognizer", () => {
  it.each([
    ["Member ID: W173499204", "W173499204"],
    ["Insurance member # TW7249251-04", "TW7249251-04"],
    ["The health plan ID on my card is FMD939940886.", "FMD939940886"],
    ["my subscriber ID is 71365583303", "71365583303"],
    ["subscriber_id=LCE160718805", "LCE160718805"],
    ["Policy number: ABC-123-45678", "ABC-123-45678"],
    ["Group #: 0012345", "0012345"],
    ["Medicaid ID 12345678AB", "12345678AB"],
    ["Her member ID is mbr39937642", "mbr39937642"],
  ])("in %s finds %s", (text, value) => {
    expect(find(text).map((found) => found.value)).toEqual([value]);
  });

  it("upper-cases the canonical form and drops hyphens", () => {
    expect(find("member id tw7249251-04")[0]?.canonical).toBe("TW724925104");
  });

  it("finds values in a member id column", () => {
    const table = "| DOB | Member ID |\n| --- | --- |\n| 07/13/1967 | 81361007902 |\n| 03-25-1938 | MBR76050830 |";
    expect(find(table).map((found) => found.value)).toEqual(["81361007902", "MBR76050830"]);
  });

  it("needs the label, right before an id-shaped token", () => {
    for (const text of [
      "Reference W173499204",
      "Member ID: pending, ticket W173499204",
      "Member ID: 1234",
      "Member ID: ABCDEFGH",
      "Member ID:\nW173499204",
      "the new PTO policy takes effect 2024",
      "our group meets at 10 today",
    ]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("outranks the low phone reading of a member id", () => {
    const text = "Member ID: 212-555-0123";
    expect(createDetector().detect(text).map((finding) => finding.type)).toEqual(["HEALTH_PLAN_ID"]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["member id ", "subscriber W1 ", "health plan id is my "]);
    inputs.push(`| Member ID |\n| --- |\n${repeatToMegabyte("| W1234567 |\n")}`);
    for (const text of inputs) expect(Array.isArray(find(text))).toBe(true);
  });
});
