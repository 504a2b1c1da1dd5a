import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import { findCsvCells } from "./find-csv-cells.ts";
import { findMarkdownTableCells } from "./find-markdown-table-cells.ts";
import { findSqlInsertCells } from "./find-sql-insert-cells.ts";
import type { LabelledCell } from "./labelled-cell.ts";

// Substring checks are much cheaper than a case-insensitive scan; other casings are rare.
const SQL_INSERT_SPELLINGS = ["INSERT", "insert", "Insert"];

/**
 * Every cell of the markdown tables, CSV/TSV blocks with a header line and SQL INSERT
 * VALUES in the input, sorted by start, each with its column header. A value far below
 * its "SSN" header is still in that column's context. Parsed once per input, on first use.
 */
export function labelledCells(input: NormalizedText): readonly LabelledCell[] {
  return derived(input, findLabelledCells);
}

function findLabelledCells(input: NormalizedText): LabelledCell[] {
  const text = input.text;
  return [
    ...(text.includes("|") ? findMarkdownTableCells(text) : []),
    ...findCsvCells(text),
    ...(SQL_INSERT_SPELLINGS.some((spelling) => text.includes(spelling)) ? findSqlInsertCells(text) : []),
  ].sort((left, right) => left.start - right.start);
}
