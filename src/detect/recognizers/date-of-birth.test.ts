import { describe, expect, it } from "vitest";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { dateOfBirthRecognizer } from "./date-of-birth.ts";

const find = (text: string) => findValues(dateOfBirthRecognizer, text);
const values = (text: string) => find(text).map((found) => found.value);

describe("dateOfBirthRecognizer", () => {
  it.each([
    ["DOB: 1990-03-14", "1990-03-14"],
    ["D.O.B. 03/14/1990", "03/14/1990"],
    ["Date of birth: 14.03.1990", "14.03.1990"],
    ["Birth date: March 14, 1990", "March 14, 1990"],
    ["I was born on 14 Mar 1990.", "14 Mar 1990"],
    ["(birthdate Mar 14, 1990)", "Mar 14, 1990"],
    ["my birthday is 14th of March, 1990", "14th of March, 1990"],
    ['{"dateOfBirth": "1990-03-14"}', "1990-03-14"],
    ["birth_date=14/03/1990 | order=5", "14/03/1990"],
    ["DOB 3/14/90", "3/14/90"],
    ["1990-03-14 (DOB)", "1990-03-14"],
    ["b'day: 14.03.1990", "14.03.1990"],
    ["Date of Birth:\n14 March 1990", "14 March 1990"],
    ["DOB: September ２０, １９８０", "September ２０, １９８０"],
  ])("in %j finds %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("canonicalises to ISO 8601", () => {
    expect(find("DOB March 14, 1990")[0]?.canonical).toBe("1990-03-14");
    expect(find("DOB 14/03/1990")[0]?.canonical).toBe("1990-03-14");
  });

  it("finds dates in a birth-date column and leaves the other dates alone", () => {
    const table = "| D.O.B. | Invoice date |\n| --- | --- |\n| January 26, 1999 | 2020-05-29 |";
    expect(values(table)).toEqual(["January 26, 1999"]);
    expect(values("name,birthDate,created\nAnn,6 December 1994,2021-01-02")).toEqual(["6 December 1994"]);
  });

  it.each([
    ["Geburtsdatum: 14.07.1990", "14.07.1990"],
    ["Max Muster, geb. 14.07.1990", "14.07.1990"],
    ["geboren am 14.07.1990 in Köln", "14.07.1990"],
    ["date de naissance : 14/07/1990", "14/07/1990"],
    ["née le 14/07/1990 à Lyon", "14/07/1990"],
    ["Fecha de nacimiento: 14/07/1990", "14/07/1990"],
    ["data di nascita 14/07/1990", "14/07/1990"],
    ["Geboortedatum: 14-07-1990", "14-07-1990"],
    ["dob=19900714", "19900714"],
    ["D/O/B: 07/04/1976", "07/04/1976"],
    ["PATIENT DOB: 09-MAR-85", "09-MAR-85"],
  ])("reads the labels and spellings of forms from elsewhere: %j", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("leaves dates near those words alone when the words are not a birth label", () => {
    for (const text of [
      "Rechnungsdatum: 14.07.1990",
      "Max Muster, geb. Schulz, Vertrag vom 14.07.1990",
      "Geburtstagsfeier geplant, Rechnung 20240714",
      "DOB on file; order 20240714 shipped",
      "build 19900714 released",
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it("takes only the first date after the label, within its sentence", () => {
    expect(values("DOB 1990-03-14, admitted 2024-01-05")).toEqual(["1990-03-14"]);
    expect(values("DOB on file. Invoice 2024-01-05 is due")).toEqual([]);
    expect(values("DOB on file.\nShipped 2024-01-05")).toEqual([]);
  });

  it("leaves every date without birth context alone", () => {
    for (const text of ["Invoice date: 2020-05-29", "Shipped March 14, 1990", "logged at 2020-03-06T23:15:29Z", "born in Ohio, hired 2020-01-05 after a long search"]) {
      expect(values(text)).toEqual([]);
    }
  });

  it("rejects impossible dates even with context", () => {
    expect(values("DOB 02/30/1990")).toEqual([]);
    expect(values("DOB 1990-13-01")).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["DOB ", "born 1/", "March 1", "dob 12.12.", "14 Mar "]);
    inputs.push(`| DOB |\n| --- |\n${repeatToMegabyte("| 1990-03-14 |\n")}`, repeatToMegabyte("DOB 1990-03-14 "));
    for (const text of inputs) expect(Array.isArray(find(text))).toBe(true);
  });
});
