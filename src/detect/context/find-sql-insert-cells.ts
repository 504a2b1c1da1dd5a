import type { LabelledCell } from "./labelled-cell.ts";

const INSERT_HEAD = /\binsert\s+into\s+[^\s(]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*/gi;

/** Parses the value tuples that start at `cursor`, labelling each value with its column. */
function readTuples(text: string, cursor: number, columns: string[], cells: LabelledCell[]): number {
  let index = cursor;
  while (text[index] === "(") {
    index++;
    let column = 0;
    for (;;) {
      while (text[index] === " " || text[index] === "\n" || text[index] === "\t") index++;
      let start = index;
      let end: number;
      if (text[index] === "'") {
        start = index + 1;
        index = start;
        // '' is an escaped quote inside an SQL string.
        while (index < text.length && !(text[index] === "'" && text[index + 1] !== "'")) index += text[index] === "'" ? 2 : 1;
        end = index;
        index++;
      } else {
        while (index < text.length && text[index] !== "," && text[index] !== ")") index++;
        end = index;
        while (end > start && text[end - 1] === " ") end--;
      }
      const header = columns[column];
      if (header && end > start) cells.push({ start, end, header });
      while (text[index] === " ") index++;
      if (text[index] !== ",") break;
      index++;
      column++;
    }
    if (text[index] !== ")") return index;
    index++;
    while (text[index] === " " || text[index] === "\n" || text[index] === "\t") index++;
    if (text[index] !== ",") return index;
    index++;
    while (text[index] === " " || text[index] === "\n" || text[index] === "\t") index++;
  }
  return index;
}

/** Values of `INSERT INTO table (columns…) VALUES (…), (…)` statements, labelled by column name. */
export function findSqlInsertCells(text: string): LabelledCell[] {
  const cells: LabelledCell[] = [];
  INSERT_HEAD.lastIndex = 0;
  for (let match = INSERT_HEAD.exec(text); match; match = INSERT_HEAD.exec(text)) {
    const columns = (match[1] ?? "").split(",").map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ""));
    INSERT_HEAD.lastIndex = Math.max(INSERT_HEAD.lastIndex, readTuples(text, INSERT_HEAD.lastIndex, columns, cells));
  }
  return cells;
}
