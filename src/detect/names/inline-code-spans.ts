/** A span of inline code, `like this`, backticks included, [start, end). */
export interface CodeSpan {
  start: number;
  end: number;
}

/**
 * The inline code spans of a text: a run of one or two backticks up to the next run of the
 * same length on the same line. Fences (three or more backticks) open no span: names in
 * fenced JSON, CSV or SQL are data, and are looked at like any other text.
 */
export function inlineCodeSpans(text: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  let at = text.indexOf("`");
  let lineEnd = -1;
  while (at !== -1) {
    let runEnd = at;
    while (text[runEnd] === "`") runEnd++;
    const length = runEnd - at;
    if (length >= 3) {
      at = text.indexOf("`", runEnd);
      continue;
    }
    const fence = "`".repeat(length);
    // Found once per line, so many backticks on one long line stay linear.
    if (lineEnd !== text.length && lineEnd < runEnd) {
      lineEnd = text.indexOf("\n", runEnd);
      if (lineEnd === -1) lineEnd = text.length;
    }
    let close = text.indexOf(fence, runEnd);
    // The closing run must be exactly as long and on the same line.
    while (close !== -1 && close < lineEnd && text[close + length] === "`") {
      close = text.indexOf(fence, close + length + 1);
    }
    if (close === -1 || close > lineEnd) {
      at = text.indexOf("`", runEnd);
      continue;
    }
    spans.push({ start: at, end: close + length });
    at = text.indexOf("`", close + length);
  }
  return spans;
}
