import { describe, expect, it } from "vitest";
import { longDigitClusters } from "./digit-clusters.ts";
import { normalizeText } from "./normalize-text.ts";

function clustersOf(text: string): Array<{ value: string; digits: number }> {
  return longDigitClusters(normalizeText(text)).map((cluster) => ({
    value: text.slice(cluster.start, cluster.end),
    digits: cluster.digits,
  }));
}

describe("longDigitClusters", () => {
  it("joins digits across up to three of ' .-()' and counts the digits", () => {
    expect(clustersOf("SSN 123 - 45 - 6789, call 1 (617) 527-3490.")).toEqual([
      { value: "123 - 45 - 6789", digits: 9 },
      { value: "1 (617) 527-3490", digits: 11 },
    ]);
  });

  it("keeps only clusters of seven digits or more, and splits at four separators or any other character", () => {
    expect(clustersOf("order 123456, 2024-01, 1234    5678, 12345/67890")).toEqual([]);
    expect(clustersOf("card 4111111111111111 x")).toEqual([{ value: "4111111111111111", digits: 16 }]);
  });

  it("reads each cluster whole from its first digit", () => {
    expect(clustersOf("12 345678901")).toEqual([{ value: "12 345678901", digits: 11 }]);
  });
});
