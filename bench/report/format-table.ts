/** Cells of a table, header first; numbers are already formatted. */
export type TableCells = string[][];

/** A plain-text table with columns padded to width: left-aligned first column, right-aligned others. */
export function formatTextTable(cells: TableCells): string {
  const widths = (cells[0] ?? []).map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  const [header = [], ...body] = cells;
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

/** A GitHub-flavoured Markdown table: first column left-aligned, the others right-aligned. */
export function formatMarkdownTable(cells: TableCells): string {
  const [header = [], ...body] = cells;
  const row = (values: string[]) => `| ${values.map((value) => value.replaceAll("|", "\\|")).join(" | ")} |`;
  const rule = `|${header.map((_, column) => (column === 0 ? " :--- " : " ---: ")).join("|")}|`;
  return [row(header), rule, ...body.map(row)].join("\n");
}
