import { derived } from "./derived.ts";
import { longDigitClusters } from "./digit-clusters.ts";
import { matchesInClusters } from "./matches-in-clusters.ts";
import type { NormalizedText } from "./types.ts";

/** Nine digits in the US taxpayer-number shape ddd-dd-dddd, in normalised offsets [start, end). */
export interface NineDigitShape {
  start: number;
  end: number;
  /** The nine digits, without separators. */
  digits: string;
  /** Whether the groups are separated (123-45-6789) rather than run together (123456789). */
  separated: boolean;
}

// ddd-dd-dddd with one separator style used twice ("-", ".", " ", " - "), or none at all.
// Not inside a longer number: no digit (or digit and dash/dot) on either side. The
// look-behind sits after the first digit, so the engine can skip ahead to digits.
const NINE_DIGIT_SHAPE = /(\d)(?<!\d\d|\d[-.]\d)(\d\d)( ?[-.] ?| |)(\d{2})\3(\d{4})(?!\d|[-.]\d)/g;

function findNineDigitShapes(input: NormalizedText): NineDigitShape[] {
  const shapes: NineDigitShape[] = [];
  for (const match of matchesInClusters(NINE_DIGIT_SHAPE, input.text, longDigitClusters(input), 9)) {
    const [whole, areaFirst = "", areaRest = "", separator = "", group = "", serial = ""] = match;
    const start = match.index;
    shapes.push({ start, end: start + whole.length, digits: areaFirst + areaRest + group + serial, separated: separator !== "" });
  }
  return shapes;
}

/**
 * Every ddd-dd-dddd shape of the input (the SSN's and the ITIN's), in order, found once per
 * input: the whole-text scan's matches, read from the digit clusters that can hold nine digits
 * (which the card and phone recognizers need anyway).
 */
export function nineDigitShapes(input: NormalizedText): readonly NineDigitShape[] {
  return derived(input, findNineDigitShapes);
}
