import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { abaRoutingRecognizer } from "./aba-routing.ts";

const find = (text: string) => findValues(abaRoutingRecognizer, text);

describe("abaRoutingRecognizer", () => {
  it.each([
    "Routing number: 021000021",
    "ABA 021000021",
    "RTN: 021000021",
    "Transit no. 021000021",
    "Wire to 021000021",
    '{"routingNumber": "021000021"}',
    "MICR line: ⑆021000021⑆ 123456789⑈ 1001",
    "021000021 (routing)",
  ])("finds the routing number in %s", (text) => {
    expect(find(text)).toEqual([{ value: "021000021", canonical: "021000021" }]);
  });

  it("finds full-width digits and zero-width characters", () => {
    expect(find("routing ０２１００００２１")).toEqual([{ value: "０２１００００２１", canonical: "021000021" }]);
    expect(find("routing 0210\u200b00021")).toEqual([{ value: "0210\u200b00021", canonical: "021000021" }]);
  });

  it("needs a routing word nearby", () => {
    expect(find("Order 021000021 shipped")).toEqual([]);
  });

  it("rejects a bad checksum or an unassigned prefix", () => {
    expect(find("routing 021000022")).toEqual([]);
    expect(find("routing 131000021")).toEqual([]);
  });

  it("does not fire inside a longer number, a decimal or an amount", () => {
    for (const text of ["routing 0210000210", "routing 1021000021", "routing 021000021.5", "routing $021000021"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["routing 02100002 ", "⑆0210000"])) expect(Array.isArray(find(text))).toBe(true);
  });
});
