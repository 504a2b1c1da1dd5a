import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import { findCsvCells } from "./find-csv-cells.ts";
import { findMarkdownTableCells } from "./find-markdown-table-cells.ts";
import { findSqlInsertCells } from "./find-sql-insert-cells.ts";
import { keywordHits, registerKeywords } from "./keyword-index.ts";
import type { LabelledCell } from "./labelled-cell.ts";

// Every INSERT statement starts with the word, which the keyword walk finds in any case.
const INSERT_KEYWORD = registerKeywords(["insert"]);
// Of those, only statements in a text with one of these spellings are parsed; other casings are rare.
const SQL_INSERT_SPELLINGS = ["INSERT", "insert", "Insert"];

/**
 * Every cell of the markdown tables, CSV/TSV blocks with a header line and SQL INSERT
 * VALUES in the input, sorted by start, each with its column header. A value far below
 * its "SSN" header is still in that column's context. Parsed once per input, on first use.
 */
export function labelledCells(input: NormalizedText): readonly LabelledCell[] {
  return derived(input, findLabelledCells);
}

function mayHoldSqlInsert(input: NormalizedText): boolean {
  const text = input.text;
  return (
    keywordHits(input).mentioned[INSERT_KEYWORD.set] === 1 && SQL_INSERT_SPELLINGS.some((spelling) => text.includes(spelling))
  );
}

function findLabelledCells(input: NormalizedText): LabelledCell[] {
  const text = input.text;
  const kinds = [
    text.includes("|") ? findMarkdownTableCells(text) : [],
    findCsvCells(text),
    mayHoldSqlInsert(input) ? findSqlInsertCells(text) : [],
  ].filter((cells) => cells.length > 0);
  // Each kind comes sorted already.
  if (kinds.length <= 1) return kinds[0] ?? [];
  return kinds.flat().sort((left, right) => left.start - right.start);
}
