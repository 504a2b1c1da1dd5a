import { forEachLine } from "./for-each-line.ts";
import type { LabelledCell } from "./labelled-cell.ts";

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
    if (index < lineEnd && text[index] !== "|") continue;
    let start = segmentStart;
    let end = index;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    cells.push({ start, end });
    segmentStart = index + 1;
  }
  return cells;
}

/**
 * Cells of every markdown (GitHub) table in `text`, each labelled with the header cell of
 * its column: the header is the line just above a `| --- |` separator row.
 */
export function findMarkdownTableCells(text: string): LabelledCell[] {
  if (!text.includes("---")) return [];
  const cells: LabelledCell[] = [];
  let header: string[] | null = null;
  let previousStart = 0;
  let previousEnd = -1;
  forEachLine(text, (lineStart, lineEnd) => {
    const line = text.slice(lineStart, lineEnd);
    const hasPipe = line.includes("|");
    if (header && hasPipe) {
      splitCells(text, lineStart, lineEnd).forEach((cell, index) => {
        const label = header?.[index];
        if (label && cell.end > cell.start) cells.push({ start: cell.start, end: cell.end, header: label });
      });
    } else {
      header = null;
      if (previousEnd >= previousStart && hasPipe && SEPARATOR_ROW.test(line)) {
        header = splitCells(text, previousStart, previousEnd).map((cell) => text.slice(cell.start, cell.end));
      }
    }
    previousStart = lineStart;
    previousEnd = lineEnd;
  });
  return cells;
}
