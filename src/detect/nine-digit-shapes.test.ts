import { describe, expect, it } from "vitest";
import { nineDigitShapes } from "./nine-digit-shapes.ts";
import { normalizeText } from "./normalize-text.ts";

const shapesOf = (text: string) =>
  nineDigitShapes(normalizeText(text)).map(({ start, end, digits, separated }) => ({ value: text.slice(start, end), digits, separated }));

describe("nineDigitShapes", () => {
  it("reads ddd-dd-dddd with one separator style, or none", () => {
    expect(shapesOf("a 123-45-6789, b 912 70 1234, c 123 - 45 - 6789, d 123456789.")).toEqual([
      { value: "123-45-6789", digits: "123456789", separated: true },
      { value: "912 70 1234", digits: "912701234", separated: true },
      { value: "123 - 45 - 6789", digits: "123456789", separated: true },
      { value: "123456789", digits: "123456789", separated: false },
    ]);
  });

  it("skips mixed separators and shapes inside longer numbers", () => {
    expect(shapesOf("123-45.6789 1234567890 1-123-45-6789 123-45-67890")).toEqual([]);
  });
});
