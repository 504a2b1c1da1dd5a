import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";
import type { LabelledCell } from "./labelled-cell.ts";
import { labelledCells } from "./labelled-cells.ts";

/** The input's labelled cells grouped by column header, each group in text order. */
function cellsByHeader(input: NormalizedText): Map<string, LabelledCell[]> {
  const columns = new Map<string, LabelledCell[]>();
  for (const cell of labelledCells(input)) {
    const column = columns.get(cell.header);
    if (column) column.push(cell);
    else columns.set(cell.header, [cell]);
  }
  return columns;
}

const NO_CELLS: readonly LabelledCell[] = Object.freeze([]);

/**
 * The labelled cells (see `labelledCells`) whose column header has one of the pattern's
 * words, in text order. Each distinct header is tested once, not once per cell of its column.
 */
export function cellsLabelledBy(input: NormalizedText, pattern: ContextPattern): readonly LabelledCell[] {
  const cells = labelledCells(input);
  if (cells.length === 0) return NO_CELLS;
  let matching: LabelledCell[] | undefined;
  let headers: Set<string> | undefined;
  for (const [header, column] of derived(input, cellsByHeader)) {
    if (!pattern.regex.test(header)) continue;
    if (matching === undefined) matching = column;
    else (headers ??= new Set([matching[0]?.header ?? ""])).add(header);
  }
  // Columns with different headers interleave: kept in the order of all cells.
  if (headers !== undefined) return cells.filter((cell) => headers.has(cell.header));
  return matching ?? NO_CELLS;
}
