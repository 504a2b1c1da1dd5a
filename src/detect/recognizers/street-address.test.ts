import { describe, expect, it } from "vitest";
import { createDetector } from "../create-detector.ts";
import { normalizeText } from "../normalize-text.ts";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { streetAddressRecognizer } from "./street-address.ts";

const values = (text: string) => findValues(streetAddressRecognizer, text).map((found) => found.value);

describe("streetAddressRecognizer", () => {
  it.each([
    ["I live at 123 Main St, Springfield, IL 62704.", "123 Main St, Springfield, IL 62704"],
    ["Ship to 32 W Market Street, Apt 3B.", "32 W Market Street, Apt 3B"],
    ["Address: 7902 Walnut St #47\nRx: Albuterol", "7902 Walnut St #47"],
    ["My address is 11 S West St.. Thanks", "11 S West St."],
    ["Mailing address: 1743 8th Street\n", "1743 8th Street"],
    ["We met at 221B Baker Street yesterday", "221B Baker Street"],
    ["Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500", "1600 Pennsylvania Avenue NW, Washington, DC 20500"],
    ["5 Park Lane Court, Boston, MA", "5 Park Lane Court, Boston, MA"],
    ["123 Main St, Toronto, ON M5V 2T6", "123 Main St, Toronto, ON M5V 2T6"],
    ["12 George St, Sydney NSW 2000", "12 George St, Sydney NSW 2000"],
    ["10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"],
    ["Patient lives at 189 Deckow Mead, Flat 5, Southampton B12 4SJ.", "189 Deckow Mead, Flat 5, Southampton B12 4SJ"],
    ["Home address: 9992 The Square", "9992 The Square"],
    ["address_line1: 16 Waterside", "16 Waterside"],
    ["I moved to 8071 Parkside, Centennial, MD 33729 last month", "8071 Parkside, Centennial, MD 33729"],
    ["Wohnt in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5, 10115 Berlin"],
    ["Adresse: Musterstr. 12a", "Musterstr. 12a"],
    ["Indirizzo: Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"],
    ["Dirección: Calle Mayor 5.", "Calle Mayor 5"],
    ["Endereço: Rua Augusta, 100", "Rua Augusta, 100"],
    ["Adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"],
    ["Send mail to PO Box 1234, Austin, TX 78701", "PO Box 1234, Austin, TX 78701"],
    ["OCR:\n4996 The Ridgeway\nPAY TO THE ORDER OF", "4996 The Ridgeway"],
    ["| Name | Address |\n| --- | --- |\n| Ann | 55 Hill View |", "55 Hill View"],
    ["Office: 350 Fifth Avenue, 34th Floor, New York, NY 10118", "350 Fifth Avenue, 34th Floor, New York, NY 10118"],
    ["Flat 3, 27 Old Gloucester Street, London WC1N 3AX", "Flat 3, 27 Old Gloucester Street, London WC1N 3AX"],
    ["deliver to 1234 N. Lake Shore Drive #1502, Chicago", "1234 N. Lake Shore Drive #1502"],
    ["She lives on 88 Mill Creek Road now", "88 Mill Creek Road"],
    ["Office at 1 Infinite Loop, Cupertino", "1 Infinite Loop"],
    ["Domicile : 8, avenue des Champs-Élysées, 75008 Paris", "8, avenue des Champs-Élysées, 75008 Paris"],
    ["Livraison au 8, rue de Rivoli.", "8, rue de Rivoli"],
  ])("in %j finds %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("canonicalises to lower case with single spaces", () => {
    expect(findValues(streetAddressRecognizer, "Ship to 32 W MARKET Street.")[0]?.canonical).toBe("32 w market street");
  });

  it("scores an address with its town, region and postcode above one without", () => {
    const [bare] = streetAddressRecognizer.find(normalizeText("Ship to 5 Main St."));
    const [placed] = streetAddressRecognizer.find(normalizeText("Ship to 5 Main St, Vista, IN 89499."));
    expect(bare?.score).toBe(0.7);
    expect(placed?.score).toBeGreaterThan(0.85);
  });

  it("outranks a name reading of the town inside a full address", () => {
    const text = "Please ship it to 241 The Paddocks, El Monte, LA 84293.";
    const findings = createDetector().detect(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toEqual([
      ["STREET_ADDRESS", "241 The Paddocks, El Monte, LA 84293"],
    ]);
  });

  it("needs more than a weak street type or a bare name without a label or a place", () => {
    expect(values("We have 2 Brakus Green apples")).toEqual([]);
    expect(values("Top 10 Best Views of the year")).toEqual([]);
    expect(values("I bought 3 Google Drive licenses")).toEqual([]);
    expect(values("Chapter 3 The Return")).toEqual([]);
    expect(values("Address: 12 Items pending")).toEqual([]);
    expect(values("see you at 9 Central Park, by the gate")).toEqual([]);
    expect(values("We met at 5 Star Point, then left")).toEqual([]);
    expect(values("I drank 3 Lake Shore Lagers")).toEqual([]);
    expect(values("see step 8, place the lid and page 8, rue de la Paix in the guide")).toEqual([]);
  });

  it("leaves quantities, amounts, codes, times and versions alone", () => {
    for (const text of [
      "Started Metformin 60 capsules.",
      "We need 19 boxes.",
      "Total $1,234 Main",
      "Order #4523816 Street",
      "at 10:30 Main Street",
      "Firmware 25.2.5 is installed.",
      "Is the service available in 51703?",
      "Plaza Hotel 5 stars",
      "Spring 2024 semester",
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["1 Main ", "1 A ", "12 The ", "1 Main St, ", "Via Roma 1", "Ab, 1 ", "PO Box 1 ", "1 Main St, Apt 1, A B C, "]);
    inputs.push(repeatToMegabyte("Address: 12 Main Street, Springfield, IL 62704\n"), `1 ${"Abc ".repeat(250_000)}`);
    for (const text of inputs) expect(Array.isArray(values(text))).toBe(true);
  });
});
