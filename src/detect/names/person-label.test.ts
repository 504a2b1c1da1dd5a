import { describe, expect, it } from "vitest";
import { isPersonLabel } from "./person-label.ts";

describe("isPersonLabel", () => {
  it.each([
    "Name",
    "Full name",
    "customer_name",
    "fullName",
    "FIRST NAME",
    "Patient Name",
    "Patient",
    "Account holder",
    "Emergency contact",
    "Signed by",
    "Payee",
    "Beneficiary",
    "Prescriber",
  ])("%s introduces a person's name", (label) => {
    expect(isPersonLabel(label)).toBe(true);
  });

  it.each(["Product name", "userName", "Bank name", "hostname", "Patient ID", "Contact phone", "Beneficiary IBAN", "shortName", "Reason", "Client version"])(
    "%s does not",
    (label) => {
      expect(isPersonLabel(label)).toBe(false);
    },
  );
});
