import { describe, expect, it } from "vitest";
import { nameFirstStreetStart } from "./name-first-street-start.ts";

const streetBefore = (text: string, number: string) => {
  const numberStart = text.lastIndexOf(number);
  const start = nameFirstStreetStart(text, numberStart);
  return start === -1 ? null : text.slice(start, numberStart);
};

describe("nameFirstStreetStart", () => {
  it.each([
    ["Wohnt in der Hauptstraße 5.", "5", "Hauptstraße "],
    ["Adresse: Musterstr. 12a", "12a", "Musterstr. "],
    ["(Kerkstraat 7)", "7", "Kerkstraat "],
    ["Nord-Hauptstraße 9", "9", "Hauptstraße "],
    ["Adresse: Storgatan 3", "3", "Storgatan "],
    ["Indirizzo: Via Roma 10", "10", "Via Roma "],
    ["Endereço: Rua Augusta, 100", "100", "Rua Augusta, "],
    ["Avenida de Mayo 1370", "1370", "Avenida de Mayo "],
    ["Rue Saint-denis 12", "12", "Rue Saint-denis "],
  ])("in %j finds the street before %s", (text, number, street) => {
    expect(streetBefore(text, number)).toBe(street);
  });

  it.each([
    ["in 2024", "2024"],
    ["see step 3", "3"],
    ["Via Roma, page 10", "10"],
    ["the hauptstraße 5", "5"],
    ["Hauptstraße5", "5"],
    ["Via Roma 10", "0"],
  ])("finds none in %j before %s", (text, number) => {
    expect(streetBefore(text, number)).toBeNull();
  });
});
