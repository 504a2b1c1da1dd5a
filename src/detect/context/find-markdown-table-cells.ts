import type { LabelledCell } from "./labelled-cell.ts";
import { lineEndAt } from "./line-end-at.ts";
import { isWhitespaceCode } from "../char-codes.ts";

const PIPE = 124;
const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;

interface CellSpan {
  start: number;
  end: number;
}

/** Splits one table line at its pipes into trimmed cell spans; index i is the i-th segment. */
function splitCells(text: string, lineStart: number, lineEnd: number): CellSpan[] {
  const cells: CellSpan[] = [];
  let segmentStart = lineStart;
  for (let index = lineStart; index <= lineEnd; index++) {
    if (index < lineEnd && text.charCodeAt(index) !== PIPE) continue;
    let start = segmentStart;
    let end = index;
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    cells.push({ start, end });
    segmentStart = index + 1;
  }
  return cells;
}

/**
 * Cells of every markdown (GitHub) table in `text`, each labelled with the header cell of
 * its column: the header is the line just above a `| --- |` separator row. Only lines
 * holding "---" are examined as separators, and each line at most once.
 */
export function findMarkdownTableCells(text: string): LabelledCell[] {
  const cells: LabelledCell[] = [];
  let searchFrom = 0;
  for (let dashes = text.indexOf("---"); dashes !== -1; dashes = text.indexOf("---", searchFrom)) {
    const lineStart = text.lastIndexOf("\n", dashes) + 1;
    let lineEnd = lineEndAt(text, dashes);
    searchFrom = lineEnd + 1;
    if (lineStart === 0 || !SEPARATOR_ROW.test(text.slice(lineStart, lineEnd))) continue;
    const headerStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (!text.slice(headerStart, lineStart - 1).includes("|")) continue;
    const header = splitCells(text, headerStart, lineStart - 1).map((cell) => text.slice(cell.start, cell.end));
    // Rows follow until the first line without a pipe.
    while (lineEnd < text.length) {
      const rowStart = lineEnd + 1;
      const rowEnd = lineEndAt(text, rowStart);
      if (!text.slice(rowStart, rowEnd).includes("|")) break;
      splitCells(text, rowStart, rowEnd).forEach((cell, index) => {
        const label = header[index];
        if (label && cell.end > cell.start) cells.push({ start: cell.start, end: cell.end, header: label });
      });
      lineEnd = rowEnd;
    }
    searchFrom = lineEnd + 1;
  }
  return cells;
}
