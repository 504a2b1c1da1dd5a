/** Calls `visit` with the start and exclusive end (before "\n") of every line of `text`. */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    visit(start, end);
    start = end + 1;
  }
}
