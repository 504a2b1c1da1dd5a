import type { NormalizedText } from "../types.ts";
import { labelledCells } from "./labelled-cells.ts";

/**
 * The header of the table column whose cell holds normalised `offset` (markdown table,
 * CSV/TSV block or SQL INSERT VALUES), or null when the offset is in no labelled cell.
 */
export function columnHeaderAt(input: NormalizedText, offset: number): string | null {
  const cells = labelledCells(input);
  let low = 0;
  let high = cells.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const cell = cells[middle];
    if (!cell) break;
    if (offset < cell.start) high = middle - 1;
    else if (offset >= cell.end) low = middle + 1;
    else return cell.header;
  }
  return null;
}
