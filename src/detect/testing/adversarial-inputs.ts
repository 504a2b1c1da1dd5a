const SIZE = 1_000_000;

/** `unit` repeated until the string is about 1 MB long. */
export function repeatToMegabyte(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length));
}

/**
 * Test helper: 1 MB inputs built to provoke regex backtracking and quadratic scans — long
 * digit runs, endless separators, half-finished values — shared by every recognizer's test.
 * Tests only check that each one returns; a catastrophic pattern would not.
 */
export function adversarialInputs(extraUnits: readonly string[] = []): string[] {
  return [
    "1".repeat(SIZE),
    repeatToMegabyte("1 "),
    repeatToMegabyte("1-"),
    repeatToMegabyte("12."),
    repeatToMegabyte("１\u200b"),
    ...extraUnits.map(repeatToMegabyte),
  ];
}
