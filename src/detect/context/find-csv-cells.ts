import { forEachLine } from "./for-each-line.ts";
import type { LabelledCell } from "./labelled-cell.ts";

// A header line: two or more short identifier-like fields ("ssn", "Account number", "cc_num").
// At most four words joined by single spaces, so no two quantifiers compete for a
// character and the pattern stays linear.
const FIELD = '[ ]*"?[A-Za-z_][A-Za-z0-9_.#()/-]*(?: [A-Za-z0-9_.#()/-]+){0,3}"?[ ]*';
const HEADER_LINE = {
  ",": new RegExp(`^${FIELD}(?:,${FIELD})+\\r?$`),
  "\t": new RegExp(`^${FIELD}(?:\\t${FIELD})+\\r?$`),
};
// Header fields are joined by a bare comma ("name,ssn"); prose puts a space after its commas.
const TIGHT_COMMA = /,(?<=[\w"],)[\w"]/;
const ANY_HEADER_LINE = new RegExp(`^${FIELD}(?:[,\\t]${FIELD})+\\r?$`, "m");

interface Field {
  start: number;
  end: number;
}

/** Splits a line on `delimiter`, honouring double quotes; spans exclude quotes and padding. */
function splitFields(text: string, lineStart: number, lineEnd: number, delimiter: string): Field[] {
  const fields: Field[] = [];
  let fieldStart = lineStart;
  let quoted = false;
  for (let index = lineStart; index <= lineEnd; index++) {
    const character = index < lineEnd ? text[index] : delimiter;
    if (character === '"') quoted = !quoted;
    if (character !== delimiter || (quoted && index < lineEnd)) continue;
    let start = fieldStart;
    let end = index;
    while (start < end && (text[start] === " " || text[start] === '"')) start++;
    while (end > start && (text[end - 1] === " " || text[end - 1] === '"' || text[end - 1] === "\r")) end--;
    fields.push({ start, end });
    fieldStart = index + 1;
  }
  return fields;
}

interface Block {
  delimiter: "," | "\t";
  header: string[];
}

/**
 * Cells of CSV or TSV blocks whose first line looks like a header (short identifier-like
 * fields), each labelled with its column's header. Rows must have the header's field count.
 */
export function findCsvCells(text: string): LabelledCell[] {
  // Two native scans rule out the usual case: prose with commas but no header line.
  if (!text.includes("\t") && !TIGHT_COMMA.test(text)) return [];
  if (!ANY_HEADER_LINE.test(text)) return [];
  const cells: LabelledCell[] = [];
  let block: Block | null = null;
  forEachLine(text, (lineStart, lineEnd) => {
    if (block) {
      const fields = splitFields(text, lineStart, lineEnd, block.delimiter);
      if (fields.length === block.header.length) {
        fields.forEach((field, index) => {
          const header = block?.header[index];
          if (header && field.end > field.start) cells.push({ start: field.start, end: field.end, header });
        });
        return;
      }
    }
    block = null;
    const line = text.slice(lineStart, lineEnd);
    const delimiter = line.includes("\t") ? "\t" : line.includes(",") ? "," : null;
    if (!delimiter || !HEADER_LINE[delimiter].test(line)) return;
    const fields = splitFields(text, lineStart, lineEnd, delimiter);
    block = { delimiter, header: fields.map((field) => text.slice(field.start, field.end)) };
  });
  return cells;
}
