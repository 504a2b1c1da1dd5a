import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates.ts";

const datesIn = (text: string) => findDates(text).map((date) => [text.slice(date.start, date.end), date.iso]);

describe("findDates", () => {
  it.each([
    ["1990-03-14", "1990-03-14"],
    ["1990/03/14", "1990-03-14"],
    ["03/14/1990", "1990-03-14"],
    ["3/14/1990", "1990-03-14"],
    ["14/03/1990", "1990-03-14"],
    ["14.03.1990", "1990-03-14"],
    ["03-14-1990", "1990-03-14"],
    ["March 14, 1990", "1990-03-14"],
    ["Mar 14, 1990", "1990-03-14"],
    ["Mar. 14 1990", "1990-03-14"],
    ["MARCH 14, 1990", "1990-03-14"],
    ["Sept 4th, 1987", "1987-09-04"],
    ["14 March 1990", "1990-03-14"],
    ["14th of March, 1990", "1990-03-14"],
    ["14-Mar-1990", "1990-03-14"],
    ["5 Mar 1941", "1941-03-05"],
    ["09-MAR-85", "1985-03-09"],
    ["9 Mar 85", "1985-03-09"],
    ["19850309", "1985-03-09"],
  ])("reads %s", (value, iso) => {
    expect(datesIn(`born ${value}.`)).toEqual([[value, iso]]);
  });

  it("reads a two-digit year as the latest such year not in the future", () => {
    const [[, iso] = []] = datesIn("03/14/90");
    expect(iso).toBe("1990-03-14");
  });

  it("reads an ambiguous numeric date month first, and day first only when it must", () => {
    expect(datesIn("04/05/1990")).toEqual([["04/05/1990", "1990-04-05"]]);
    expect(datesIn("25/05/1990")).toEqual([["25/05/1990", "1990-05-25"]]);
  });

  it("rejects impossible days, mixed separators, timestamps, versions and longer numbers", () => {
    for (const text of [
      "02/30/1990",
      "31 April 1990",
      "29 Feb 1900",
      "1990-13-01",
      "03/14-1990",
      "2020-03-06T23:15:29Z",
      "v1.2.2020",
      "12.03.2021.5",
      "1203/14/1990",
      "Mayor 5, 1990",
      "19/May/2025:00:35:02",
      "19851309",
      "18500309",
      "198503091",
      "v19850309",
      "5 Mar 12:30",
    ]) {
      expect(datesIn(text)).toEqual([]);
    }
  });

  it("reads a day and a month before a month-first date as nothing", () => {
    expect(datesIn("DOB:3 September 16, 1992")).toEqual([["September 16, 1992", "1992-09-16"]]);
  });

  it("accepts 29 February in leap years only", () => {
    expect(datesIn("02/29/2000")).toHaveLength(1);
    expect(datesIn("02/29/1999")).toEqual([]);
  });

  it("searches only the given ranges when asked", () => {
    const text = "1990-03-14 and 1991-04-15";
    expect(findDates(text, [{ start: 12, end: 20 }]).map((date) => date.iso)).toEqual(["1991-04-15"]);
  });
});
