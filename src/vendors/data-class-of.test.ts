import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../detect/types.ts";
import { dataClassOf, hasDataClass } from "./data-class-of.ts";

describe("entity type → data class", () => {
  it("gives every known entity type a class of its own", () => {
    expect(ENTITY_TYPES.filter((type) => !hasDataClass(type))).toEqual([]);
  });

  it.each([
    ["phi", ["MRN", "NPI", "HEALTH_PLAN_ID", "MBI", "DEA", "UK_NHS"]],
    ["financial", ["CREDIT_CARD", "IBAN", "ABA_ROUTING", "US_BANK_ACCOUNT", "SWIFT_BIC"]],
    ["contact", ["EMAIL", "PHONE", "STREET_ADDRESS", "IP_ADDRESS"]],
    ["government_id", ["US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE"]],
    ["identity", ["PERSON", "DATE_OF_BIRTH"]],
  ])("maps %s types", (dataClass, types) => {
    for (const type of types) expect(dataClass === dataClassOf(type) ? dataClass : `${type} → ${dataClassOf(type)}`).toBe(dataClass);
  });

  it("puts unknown types (a custom rule pack's) in the conservative `restricted` class", () => {
    expect(dataClassOf("EMPLOYEE_ID")).toBe("restricted");
    expect(dataClassOf("toString")).toBe("restricted");
    expect(hasDataClass("EMPLOYEE_ID")).toBe(false);
  });
});
